// A one-line error inside a dialog (API errors arrive as one line already).
import { ApiCallError } from '../../../shared/api/errors';
import { Icon } from './Icon';

export function errorMessage(error: unknown): string {
  if (error instanceof ApiCallError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

export function FormError({ error }: { error: unknown }) {
  if (error === null || error === undefined) return null;
  return (
    <p className="form-error" role="alert" data-testid="form-error">
      <Icon name="alert" size={14} />
      <span>{errorMessage(error)}</span>
    </p>
  );
}
