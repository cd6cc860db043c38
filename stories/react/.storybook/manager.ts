import { addons } from 'storybook/manager-api'
import { create } from 'storybook/theming'
import { brand } from '../../shared/theme'

addons.setConfig({ theme: create({ base: 'light', ...brand }) })
