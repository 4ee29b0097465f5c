'use client';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useLabels, useMessage } from '../headless';
import { cx } from './cx';
import { getMessageStats } from './messageStats';

/** Props of {@link StyledMessageStats}; other props land on the `dl`. */
export type StyledMessageStatsProps = Omit<ComponentPropsWithoutRef<'dl'>, 'children'>;

/**
 * The usage and timing of the enclosing message (time to first token, tokens per second, total
 * tokens) as a small description list, `rcs-stats`. Shows only the figures that are known (see
 * `getMessageStats`) and renders nothing when none are.
 */
export const StyledMessageStats = forwardRef<HTMLDListElement, StyledMessageStatsProps>(function StyledMessageStats(
  { className, ...props },
  ref,
) {
  const message = useMessage('StyledMessageStats');
  const stats = getMessageStats(message, useLabels());
  if (stats.length === 0) return null;
  return (
    <dl className={cx('rcs-stats rcs-theme', className)} {...props} ref={ref}>
      {stats.map((stat) => (
        <div key={stat.id} className="rcs-stats__item" data-stat={stat.id} title={stat.detail}>
          <dt className="rcs-stats__label">{stat.label}</dt>
          <dd className="rcs-stats__value">{stat.value}</dd>
        </div>
      ))}
    </dl>
  );
});
