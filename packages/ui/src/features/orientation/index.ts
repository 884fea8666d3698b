export { OrientPersonForm, type OrientPersonFormProps } from './OrientPersonForm.tsx';
export { OrientationList, type OrientationListProps } from './OrientationList.tsx';
export { orientationCopy } from './copy.ts';
