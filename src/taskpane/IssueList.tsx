// The issues of the last run, grouped by severity (错误 / 警告 / 提示), errors first.

import { useState } from 'react';
import { Badge, Button, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Issue, Severity } from '../core/model/issue';
import { SEVERITIES } from '../frontends/outcome';
import { format } from '../i18n';
import { IssueItem } from './IssueItem';
import { useMessages } from './messages-context';

const useStyles = makeStyles({
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
});

const BADGE_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

interface Props {
  groups: Record<Severity, Issue[]>;
  onSelect(sheet: string, cell: string): void;
  /** Issues listed per severity until the user asks for all (the offline page: thousands of
   * issues take seconds to draw); every one when not given. */
  limit?: number;
  /** Each issue a native button (IssueItem's `light`). */
  light?: boolean;
}

export function IssueList({ groups, onSelect, limit = Infinity, light }: Props) {
  const m = useMessages();
  const styles = useStyles();
  const [whole, setWhole] = useState<Severity[]>([]);
  if (SEVERITIES.every((severity) => groups[severity].length === 0)) return <p>{m.ui.noIssues}</p>;
  return (
    <>
      {SEVERITIES.filter((severity) => groups[severity].length > 0).map((severity) => (
        <section key={severity} aria-label={m.severity[severity]} data-severity={severity}>
          <h3 className={styles.heading}>
            <Subtitle2>{m.severity[severity]}</Subtitle2>
            <Badge color={BADGE_COLOR[severity]} size="small">
              {groups[severity].length}
            </Badge>
          </h3>
          <ul className={styles.list}>
            {groups[severity].slice(0, whole.includes(severity) ? undefined : limit).map((issue, i) => (
              <li key={`${issue.sheet}!${issue.cell}:${issue.code}:${i}`}>
                <IssueItem issue={issue} onSelect={onSelect} light={light} />
              </li>
            ))}
          </ul>
          {groups[severity].length > limit && !whole.includes(severity) && (
            <Button appearance="transparent" onClick={() => setWhole([...whole, severity])}>
              {format(m.page.showAllIssues, { count: groups[severity].length, shown: limit })}
            </Button>
          )}
        </section>
      ))}
    </>
  );
}
