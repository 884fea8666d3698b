export {
  createApolloClient,
  cacheTypePolicies,
  persistedDocumentHash,
  type ApolloClientOptions,
} from './apollo/create-apollo-client.ts';
export { startDsfr } from './dsfr/start-dsfr.ts';
export { PortalLayout, type PortalNavigationItem } from './layout/PortalLayout.tsx';
export { legalRoutes, legalPaths } from './layout/LegalPage.tsx';
export { useDocumentTitle, documentTitle } from './layout/document-title.ts';
export * from './labels/labels.ts';
export * from './format/dates.ts';
export * from './pagination/cursor-pages.ts';
export { CursorPager } from './pagination/CursorPager.tsx';
export {
  ConnectionTable,
  type ConnectionColumn,
  type ConnectionTableProps,
  type TableConnection,
} from './pagination/ConnectionTable.tsx';
export { LoadMore } from './pagination/LoadMore.tsx';
export { Loading } from './states/Loading.tsx';
export { ScrollableTable } from './layout/ScrollableTable.tsx';
export { EmptyState } from './states/EmptyState.tsx';
export { ChartEmptyState, chartContent, type ChartContent } from './states/ChartEmptyState.tsx';
export { ErrorState } from './states/ErrorState.tsx';
export { NotFound } from './states/NotFound.tsx';
export { SiaeDirectory, type SiaeDirectoryProps } from './features/siae-directory/SiaeDirectory.tsx';
export * from './features/siae-directory/filters.ts';
export {
  useCursorPages,
  useCursorFallback,
  isInvalidCursorError,
  type CursorPagesControl,
  type CursorPagesOptions,
} from './pagination/use-cursor-pages.ts';
export { useListParams, searchCodec, flagCodec, type ListParamsCodec } from './pagination/use-list-params.ts';
export { OrientPersonForm, OrientationList, orientationCopy } from './features/orientation/index.ts';
export type { OrientPersonFormProps, OrientationListProps } from './features/orientation/index.ts';
export { EmploymentServiceList } from './features/employment-services/EmploymentServiceList.tsx';
export { groupServicesByKind, type EmploymentServiceItem } from './features/employment-services/group-by-kind.ts';
export { DepartementFilterForm, type DepartementFilterFormProps } from './forms/DepartementFilterForm.tsx';
export { ErrorSummary } from './forms/ErrorSummary.tsx';
export { ApiErrorAlert } from './forms/ApiErrorAlert.tsx';
export { apiErrorMessages, genericMessages, USER_ERROR_CODES, userErrorMessages } from './forms/api-error.ts';
export {
  dateFieldError,
  errorSummaryItems,
  errorSummaryTitle,
  hasErrors,
  keepReportedErrors,
  type FieldErrors,
} from './forms/field-errors.ts';
export { useForm } from './forms/use-form.ts';
export { countOf, daysLeftText } from './features/pending-work/days-left.ts';
export { IndicatorsScreen, type OwnIndicatorsWording } from './features/own-indicators/IndicatorsScreen.tsx';
export { departementFromSearchParams, isDepartementCode } from './forms/departement-param.ts';
export { AccessDenied } from './states/AccessDenied.tsx';
export { SignInPage } from './features/sign-in/SignInPage.tsx';
export { portalRoutes } from './session/portal-routes.tsx';
export { accountPath } from './session/account-path.ts';
export { lazyScreen } from './routing/lazy-screen.tsx';
export { RouteAnnouncer } from './routing/route-announcer.tsx';
export { RequireSession, signInPath, type SignInLocationState } from './session/RequireSession.tsx';
export { SessionProvider, useSession, useSessionStore } from './session/SessionContext.tsx';
export { createPortalSession } from './session/portal-session.ts';
export { createSessionLink, WITHOUT_SESSION } from './session/session-link.ts';
export { createSessionApi } from './session/session-api.ts';
export {
  SessionStore,
  AccessRefusedError,
  type Session,
  type SessionApi,
  type SessionState,
  type Viewer,
} from './session/session-store.ts';
export {
  PORTAL_APPS,
  PORTAL_ROLES,
  canUsePortal,
  accessRefusedMessage,
  type PortalApp,
  type Role,
} from './session/portal-access.ts';
export { RENEWAL_MARGIN_MS, renewalDelay, needsRenewal, isRefreshExpired } from './session/renewal-schedule.ts';
export {
  graphQLErrorsOf,
  sessionFailureOf,
  isForbidden,
  signInErrorMessage,
  type SessionFailure,
} from './session/auth-errors.ts';
export { ExportButtons, type ExportButtonsProps } from './export/ExportButtons.tsx';
export { fetchAllPages, EXPORT_MAX_ROWS, ExportTooLargeError, type ExportPage } from './export/fetch-all-pages.ts';
export {
  csvField,
  dateCell,
  exportFileName,
  exportSheet,
  toCsv,
  toXlsxData,
  type ExportCell,
  type ExportColumn,
  type ExportSheet,
} from './export/table-export.ts';
export { PersonRecordScreen } from './features/person-record/PersonRecordScreen.tsx';
export {
  personRecordFileName,
  personRecordName,
  personRecordSections,
  type PersonRecordJson,
} from './features/person-record/person-record.ts';
export {
  PoleEmploiRegistrationForm,
  type PoleEmploiRegistrationFormProps,
} from './features/pole-emploi-registration/PoleEmploiRegistrationForm.tsx';
export { validateRegistrationForm } from './features/pole-emploi-registration/registration-form.ts';
export { offerChoiceFromSearchParams, offerQuery, type OfferChoice } from './features/prescribing/offer-choice.ts';
export {
  PrescribingProvider,
  usePrescribing,
  type PrescribingConfig,
  type PrescribingPaths,
} from './features/prescribing/context.tsx';
export {
  prescribingCopy,
  prescriberWording,
  type PrescribingCopy,
  type PrescribingWording,
} from './features/prescribing/copy.ts';
export { FlashNotice } from './features/prescribing/FlashNotice.tsx';
export { flashOf, flashState } from './features/prescribing/flash.ts';
export { PersonFields } from './features/prescribing/PersonFields.tsx';
export {
  emptyPerson,
  personFieldIds,
  toPersonInput,
  validatePerson,
  type PersonField,
  type PersonFormValues,
} from './features/prescribing/person-form.ts';
export {
  normaliseSearch,
  SEARCH_PARAM,
  searchFromParams,
  searchToParams,
} from './features/prescribing/search-param.ts';
export {
  approvalStatusLabel,
  approvalStatusSeverity,
  isAwaitingAnswer,
  personName,
  prescriptionStatusLabel,
  prescriptionStatusSeverity,
  type BadgeSeverity,
} from './features/prescribing/labels.ts';
