// Where Storybook's docs pages read descriptions: the component's on top of its page, a story's under its heading.
export const componentDocs = (description: string) => ({ docs: { description: { component: description } } })
export const storyDocs = (description: string) => ({ docs: { description: { story: description } } })
