export type DocsCheck = 'packaging' | 'e2e/testingPackage.test.ts' | 'testing/docs'
export function ownerOf(file: string): DocsCheck
export function directiveOf(line: string | undefined): string[] | undefined
