import type { OrgUnit } from '@motcua/shared';

export interface OrgUnitNode extends OrgUnit {
  children?: OrgUnitNode[];
}

/** Lower-case without diacritics, so "so tu phap" finds "Sở Tư pháp". */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .trim();
}

/**
 * Flat list → forest. A unit whose parent is outside the officer's scope becomes a root, so
 * scoped officers still see their own subtree. Leaves get no `children` (antd shows no expander).
 */
export function buildOrgUnitTree(units: readonly OrgUnit[]): OrgUnitNode[] {
  const nodes = new Map<string, OrgUnitNode>(units.map((unit) => [unit.id, { ...unit }]));
  const roots: OrgUnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}

export function matchesOrgUnit(unit: OrgUnit, normalisedQuery: string): boolean {
  if (!normalisedQuery) return true;
  return [unit.name, unit.shortName ?? '', unit.code].some((text) => normaliseForSearch(text).includes(normalisedQuery));
}

/**
 * Keeps matching units with their ancestors (for context) and their whole subtree (to act on it);
 * returns the ids to expand so that every match is visible.
 */
export function filterOrgUnitTree(roots: OrgUnitNode[], query: string): { roots: OrgUnitNode[]; expandedIds: string[]; matchCount: number } {
  const needle = normaliseForSearch(query);
  const expandedIds: string[] = [];
  let matchCount = 0;
  const visit = (node: OrgUnitNode): OrgUnitNode | null => {
    const children = (node.children ?? []).map(visit).filter((child): child is OrgUnitNode => child !== null);
    const selfMatches = matchesOrgUnit(node, needle);
    if (selfMatches) matchCount += 1;
    if (!selfMatches && children.length === 0) return null;
    if (children.length > 0) expandedIds.push(node.id);
    if (selfMatches) return node;
    return { ...node, children };
  };
  const filtered = roots.map(visit).filter((node): node is OrgUnitNode => node !== null);
  return { roots: filtered, expandedIds, matchCount };
}

/** Ids of the nodes down to `maxDepth` levels below the roots that have children. */
export function idsToDepth(roots: OrgUnitNode[], maxDepth: number): string[] {
  const ids: string[] = [];
  const walk = (nodes: OrgUnitNode[], level: number) => {
    if (level >= maxDepth) return;
    for (const node of nodes) {
      if (!node.children?.length) continue;
      ids.push(node.id);
      walk(node.children, level + 1);
    }
  };
  walk(roots, 0);
  return ids;
}
