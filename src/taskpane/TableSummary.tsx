// A table's result at a glance: 执行率 and its score, 总分 computed vs recorded, 等级, counts of
// failed / to-review / over-achieved indicators, and one small bar per 一级指标. Loaded on demand.

import { Badge, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { AnyTableResult, BasicResult, TableResult } from '../domain/result';
import { formatRate, formatScore, totalDiffers } from './format';
import { useStrings } from './strings';

const useStyles = makeStyles({
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  label: { color: tokens.colorNeutralForeground3 },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  bars: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalXXS },
  barLabel: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
});

export default function TableSummary({ result }: { result: AnyTableResult }) {
  return result.kind === 'basic' ? <BasicSummary result={result} /> : <ScoredSummary result={result} />;
}

function BasicSummary({ result }: { result: BasicResult }) {
  const s = useStrings();
  const c = useStyles();
  return (
    <div className={c.line}>
      <Text size={200} className={c.label}>
        {s.staffingRate}
      </Text>
      <Text size={200} weight="semibold">
        {formatRate(result.staffingRate, s.notFilled)}
      </Text>
      <Text size={200}>{s.recordedAs(formatRate(result.recordedStaffingRate, s.notFilled))}</Text>
    </div>
  );
}

interface Level1Bar {
  name: string;
  score: number;
  weight: number;
}

/** Sums the rule's scores and the weights of each 一级指标's rows (rows left out as 不适用 are skipped). */
function level1Bars(result: TableResult): Level1Bar[] {
  const bars = new Map<string, Level1Bar>();
  for (const i of result.indicators) {
    if (i.status === 'notApplicable' || i.weight === null) continue;
    const name = i.level1 || '';
    const bar = bars.get(name) ?? { name, score: 0, weight: 0 };
    bar.weight += i.weight;
    bar.score += i.score ?? 0;
    bars.set(name, bar);
  }
  return [...bars.values()];
}

function ScoredSummary({ result }: { result: TableResult }) {
  const s = useStrings();
  const c = useStyles();
  const b = result.budget;
  const gradeDiffers = result.recordedGrade !== null && result.grade !== null && result.recordedGrade !== result.grade;
  return (
    <>
      {b && (
        <div className={c.line}>
          <Text size={200} className={c.label}>
            {s.rate}
          </Text>
          <Text size={200} weight="semibold">
            {formatRate(b.rate, s.notFilled)}
          </Text>
          <Text size={200}>{s.rateScore(formatScore(b.score, s.notFilled), formatScore(b.weight, s.notFilled))}</Text>
        </div>
      )}
      <div className={c.line}>
        <Text size={200} className={c.label}>
          {s.total}
        </Text>
        <Text size={400} weight="semibold">
          {formatScore(result.total, s.notFilled)}
        </Text>
        <Text size={200}>{s.recordedAs(formatScore(result.recordedTotal, s.notFilled))}</Text>
        {totalDiffers(result) && (
          <Badge appearance="tint" color="danger">
            {s.totalDiffers}
          </Badge>
        )}
      </div>
      <div className={c.line}>
        <Text size={200} className={c.label}>
          {s.grade}
        </Text>
        <Text size={200} weight="semibold">
          {result.grade ?? s.notFilled}
        </Text>
        {gradeDiffers && (
          <Badge appearance="tint" color="danger">
            {s.recordedAs(result.recordedGrade ?? '')}
          </Badge>
        )}
      </div>
      <div className={c.badges}>
        {result.counts.failed > 0 && (
          <Badge appearance="filled" color="danger">
            {s.failedCount(result.counts.failed)}
          </Badge>
        )}
        {result.counts.review > 0 && (
          <Badge appearance="filled" color="warning">
            {s.reviewCount(result.counts.review)}
          </Badge>
        )}
        {result.counts.overAchieved > 0 && (
          <Badge appearance="tint" color="informative">
            {s.overCount(result.counts.overAchieved)}
          </Badge>
        )}
        {result.counts.failed + result.counts.review === 0 && (
          <Badge appearance="tint" color="success">
            {s.allMet}
          </Badge>
        )}
      </div>
      <ul className={c.bars}>
        {level1Bars(result).map((bar) => {
          const label = s.level1Bar(bar.name, formatScore(bar.score), formatScore(bar.weight));
          const value = bar.weight > 0 ? Math.min(1, Math.max(0, bar.score / bar.weight)) : 0;
          return (
            <li key={bar.name}>
              <div className={c.barLabel}>
                <Text size={200}>{bar.name}</Text>
                <Text size={200}>
                  {formatScore(bar.score)}/{formatScore(bar.weight)}
                </Text>
              </div>
              <ProgressBar
                value={value}
                thickness="large"
                color={value >= 0.999 ? 'success' : value >= 0.8 ? 'brand' : 'warning'}
                aria-label={label}
              />
            </li>
          );
        })}
      </ul>
    </>
  );
}
