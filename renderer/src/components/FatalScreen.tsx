// Shown when the app cannot talk to its project at all (e.g. the page was opened without its token).
import { ApiCallError } from '../../../shared/api/errors';
import { errorMessage } from './FormError';

export function FatalScreen({ error, onRetry }: { error: unknown; onRetry(): void }) {
  const unauthorized = error instanceof ApiCallError && error.code === 'unauthorized';
  return (
    <main className="fatal">
      <div className="fatal-card">
        <span className="brand-mark large" aria-hidden="true">
          F
        </span>
        <h1>{unauthorized ? 'This page needs its access token' : 'Framebench cannot reach its project'}</h1>
        <p>
          {unauthorized
            ? 'Open the full address that `framebench serve` printed (it ends in ?token=…). The token keeps other pages on this computer out of your project.'
            : errorMessage(error)}
        </p>
        <button type="button" className="button button-primary" onClick={onRetry}>
          Try again
        </button>
      </div>
    </main>
  );
}
