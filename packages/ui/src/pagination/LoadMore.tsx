import { Button } from '@codegouvfr/react-dsfr/Button';
import { copy } from '../copy.tsx';

/** "Charger plus": appends the next page (the cache merges it, see create-apollo-client.ts). */
export function LoadMore({
  hasNextPage,
  loading,
  onLoadMore,
}: {
  hasNextPage: boolean;
  loading: boolean;
  onLoadMore: () => void;
}) {
  if (!hasNextPage) return null;
  return (
    <Button className="fr-my-2w" priority="secondary" disabled={loading} onClick={onLoadMore}>
      {loading ? copy.pagination.loadingMore : copy.pagination.loadMore}
    </Button>
  );
}
