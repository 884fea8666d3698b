export { SiaeDirectory, type SiaeDirectoryProps } from './SiaeDirectory.tsx';
export * from './filters.ts';
