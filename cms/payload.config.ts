import { buildAppConfig } from './config'

export default buildAppConfig()
