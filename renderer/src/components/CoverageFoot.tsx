// Below the coverage grid: the legend of the cell marks, the grid's keys and the rule for what an edit keeps.
interface CoverageFootProps {
  editRule: string;
}

export function CoverageFoot({ editRule }: CoverageFootProps) {
  return (
  <div className="cov-foot">
    <span className="cov-legend">
      <span className="cov-legend-item">
        <span className="cov-pos pos-headline">H</span> headline
      </span>
      <span className="cov-legend-item">
        <span className="cov-pos pos-lead">L</span> lead
      </span>
      <span className="cov-legend-item">
        <span className="cov-pos pos-body">B</span> body
      </span>
      <span className="cov-legend-item">
        <span className="cov-omit" /> omitted
      </span>
    </span>
    <span className="cmp-keys">
      <kbd>↑</kbd>
      <kbd>↓</kbd>
      <kbd>←</kbd>
      <kbd>→</kbd> move · <kbd>Enter</kbd> show side by side · <kbd>Space</kbd> select · <kbd>F2</kbd> rename · <kbd>M</kbd> merge · <kbd>S</kbd> split · <kbd>N</kbd> new row ·{' '}
      <kbd>R</kbd> reset · <kbd>A</kbd> attach the picked passage · <kbd>D</kbd> detach
    </span>
    <p className="cov-rule">{editRule}</p>
  </div>
  );
}
