import { useTranslation } from 'react-i18next';
import type { ScopeKind } from '../../../shared/scopes';
import { showsKind } from './scope-view';

/** Props of {@link ScopeName}. */
export interface ScopeNameProps {
  kind: ScopeKind;
  /** The server's name of the target (a region, collaboration, forum, …). */
  label: string;
  /** In a table cell the kind is only read out, not shown, to save room (regions excepted). */
  compact?: boolean;
}

/**
 * A scope's name with its kind ("Forum · Sundhedsklynge Fyn"); the whole country in the UI's
 * language, whatever language the server named it in.
 */
export function ScopeName({ kind, label, compact = false }: ScopeNameProps) {
  const { t } = useTranslation('users');
  const kindName = t(`scopes.kinds.${kind}`);
  const name = kind === 'all' ? kindName : label;
  if (!showsKind(kind, name, kindName)) return <>{name}</>;
  // A region reads as a proper name ("Region Syddanmark"); other kinds are only read out.
  if (compact && kind === 'region') return <>{`${kindName} ${name}`}</>;
  return compact ? (
    <>
      <span className="visually-hidden">{kindName}: </span>
      {name}
    </>
  ) : (
    <>
      <span className="scope-kind">{kindName}</span> {name}
    </>
  );
}
