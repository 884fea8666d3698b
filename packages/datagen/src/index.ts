// @navette/datagen — the national-scale data set of issue 6 (deterministic, seeded) and its loader.
export { chooseAccounts, type BenchAccount } from './accounts.js';
export { compareSnapshots, snapshot, type CatalogEntry } from './catalog.js';
export { buildDirectory, FULL_SCALE, scaled, type Directory } from './directory.js';
export { EXTENSIONS, type ApprovalForExtensions, type ExtensionContext, type ParcoursExtension } from './extensions.js';
export {
  databaseUrl,
  DEFAULT_TODAY,
  generateRows,
  loadDataSet,
  readDataSetInfo,
  type DataSetInfo,
  type DataSetOptions,
  type LoadOptions,
  type LoadResult,
} from './load.js';
export { ParcoursGenerator, PROFILE, type Highlights } from './parcours.js';
export {
  ALL_TABLES,
  FORMATION_TABLES,
  REGION_TABLES,
  SERVICE_TABLES,
  STREAMED_TABLES,
  encodeRow,
  type Cell,
  type RowSink,
  type TableName,
} from './tables.js';
export {
  DEMO_REGION,
  demoRegionDirectory,
  generateDemoRegion,
  loadDemoRegion,
  type DemoRegion,
  type DemoRegionOptions,
} from './region.js';
