// The top bar's "Blind" badge, shown while blind mode is on; a click opens the Team tab where it is switched off.
import '../styles/reliability.css';

export function BlindBadge({ onClick }: { onClick(): void }) {
  return (
    <button
      type="button"
      className="blind-badge"
      data-testid="blind-badge"
      title="Blind mode is on: you see only your own codings. Click to open the team settings."
      onClick={onClick}
    >
      Blind
    </button>
  );
}
