import * as vscode from 'vscode';
import type {
  FindingResult,
  Loc,
  MentionsResult,
  SummaryEntity,
  SummaryFinding,
  SummaryGroup,
  SummaryMention,
  Summary,
} from '../../server/src/protocol';

/**
 * The Crosscheck view's trees: Findings (comparison group → article → finding), People, Places and
 * Organisations (entity → mention). They show what the server's `crosscheck/summary` says, and the
 * details it asks for when they are shown: a finding's tooltip (`crosscheck/finding`), an entity's
 * mentions (`crosscheck/mentions`). Nothing is computed here beyond ordering and filtering.
 */

export type Verdict = SummaryGroup['verdict'];
export const VERDICTS: readonly Verdict[] = ['conflict', 'rounding', 'updated'];

/** What the trees show: findings of these verdicts, and findings, people and places of these articles (none: all). */
export interface Filter {
  verdicts: ReadonlySet<Verdict>;
  articles: ReadonlySet<string>;
}
export const NO_FILTER: Filter = { verdicts: new Set(VERDICTS), articles: new Set() };
export const isFiltered = (f: Filter): boolean => f.articles.size > 0 || VERDICTS.some((v) => !f.verdicts.has(v));

/** "conflict, rounding · 003_….txt": the filter as the views' title describes it. */
export function describeFilter(f: Filter, data: Summary | undefined): string {
  if (!isFiltered(f)) return '';
  const parts: string[] = [];
  if (VERDICTS.some((v) => !f.verdicts.has(v)))
    parts.push(VERDICTS.filter((v) => f.verdicts.has(v)).join(', ') || 'no verdicts');
  if (f.articles.size) parts.push([...f.articles].map((u) => articleLabel(u, data)).join(', '));
  return `filtered: ${parts.join(' · ')}`;
}

/** Up to this many comparison groups, the Findings tree opens them all; beyond, they start closed. */
const EXPANDED_GROUPS = 50;
const RANK: Record<Verdict, number> = { conflict: 0, rounding: 1, updated: 2 };
const VERDICT_ICON: Record<Verdict, vscode.ThemeIcon> = {
  conflict: new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')),
  rounding: new vscode.ThemeIcon('info'),
  updated: new vscode.ThemeIcon('history'),
};
const basename = (uri: string) => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
const articleLabel = (uri: string, data: Summary | undefined) =>
  data?.articles.find((a) => a.uri === uri)?.label ?? basename(uri);
const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
const comparePos = (a: Loc, b: Loc) =>
  a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;

export function toRange(l: Loc): vscode.Range {
  return new vscode.Range(l.range.start.line, l.range.start.character, l.range.end.line, l.range.end.character);
}

/** Opens the location's article with the location selected (the command a tree item runs when clicked). */
export function openCommand(l: Loc, title = 'Open'): vscode.Command {
  return {
    title,
    command: 'vscode.open',
    arguments: [
      vscode.Uri.parse(l.uri),
      { selection: toRange(l), preserveFocus: false } satisfies vscode.TextDocumentShowOptions,
    ],
  };
}

export type FindingNode =
  | { type: 'group'; key: string; group: SummaryGroup; findings: SummaryFinding[]; expanded: boolean }
  | { type: 'article'; key: string; group: SummaryGroup; uri: string; findings: SummaryFinding[] }
  | { type: 'finding'; key: string; finding: SummaryFinding };

/** Fetches what a finding's tooltip says (null: the finding is gone). */
export type FindingFetcher = (f: SummaryFinding) => Promise<FindingResult | null>;

export class FindingsTree implements vscode.TreeDataProvider<FindingNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  filter: Filter = NO_FILTER;

  constructor(
    private readonly data: () => Summary | undefined,
    private readonly fetchFinding?: FindingFetcher,
  ) {}

  refresh(): void {
    this.changed.fire();
  }

  private visible(f: SummaryFinding): boolean {
    return this.filter.verdicts.has(f.verdict) && (!this.filter.articles.size || this.filter.articles.has(f.uri));
  }

  /** Groups with conflicts first (then roundings, then updates), otherwise in the server's order. */
  getChildren(node?: FindingNode): FindingNode[] {
    const d = this.data();
    if (!d) return [];
    if (!node) {
      const groups = d.groups
        .map((group, i) => ({
          type: 'group' as const,
          key: `${i}:${group.label}`,
          group,
          findings: group.findings.filter((f) => this.visible(f)),
          i,
        }))
        .filter((g) => g.findings.length)
        .sort((a, b) => (RANK[a.group.verdict] ?? 9) - (RANK[b.group.verdict] ?? 9) || a.i - b.i);
      // every group open at once would make the view build a row for every finding of a large corpus
      const expanded = groups.length <= EXPANDED_GROUPS;
      return groups.map(({ type, key, group, findings }) => ({ type, key, group, findings, expanded }));
    }
    if (node.type === 'group') {
      const byArticle = new Map<string, SummaryFinding[]>();
      for (const f of node.findings) byArticle.set(f.uri, [...(byArticle.get(f.uri) ?? []), f]);
      return [...byArticle]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([uri, findings]) => ({
          type: 'article' as const,
          key: `${node.key}/${uri}`,
          group: node.group,
          uri,
          findings,
        }));
    }
    if (node.type === 'article') {
      return [...node.findings]
        .sort(comparePos)
        .map((finding, i) => ({ type: 'finding' as const, key: `${node.key}/${i}:${finding.code}`, finding }));
    }
    return [];
  }

  getTreeItem(node: FindingNode): vscode.TreeItem {
    if (node.type === 'group') {
      const item = new vscode.TreeItem(
        node.group.label,
        node.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed,
      );
      item.id = `group:${node.key}`;
      item.description = `${node.group.verdict} · ${plural(node.findings.length, 'finding')}`;
      item.tooltip = `${node.group.label} — ${node.group.verdict}`;
      item.iconPath = VERDICT_ICON[node.group.verdict] ?? new vscode.ThemeIcon('circle-outline');
      item.contextValue = `group.${node.group.verdict}`;
      return item;
    }
    if (node.type === 'article') {
      const d = this.data();
      const date = d?.articles.find((a) => a.uri === node.uri)?.date;
      const item = new vscode.TreeItem(articleLabel(node.uri, d), vscode.TreeItemCollapsibleState.Expanded);
      item.id = `article:${node.key}`;
      item.resourceUri = vscode.Uri.parse(node.uri);
      item.description = `${node.findings.length}${date ? ` · ${date}` : ''}`;
      item.iconPath = vscode.ThemeIcon.File;
      item.contextValue = 'article';
      return item;
    }
    const f = node.finding;
    const item = new vscode.TreeItem(`${f.text} — ${f.verdict}`, vscode.TreeItemCollapsibleState.None);
    item.id = `finding:${node.key}`;
    item.description = `line ${f.range.start.line + 1}`;
    item.iconPath = VERDICT_ICON[f.verdict] ?? new vscode.ThemeIcon('circle-outline');
    item.contextValue = `finding.${f.verdict}`;
    item.command = openCommand(f, 'Open the finding');
    return item;
  }

  /** A finding's tooltip: its message and counterparts, asked for when it is about to be shown. */
  async resolveTreeItem(item: vscode.TreeItem, node: FindingNode): Promise<vscode.TreeItem> {
    if (node.type !== 'finding' || !this.fetchFinding) return item;
    // (a finding gone since the list was made, or a server gone: the item as it is)
    const found = await this.fetchFinding(node.finding).catch(() => null);
    if (!found) return item;
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(found.message);
    for (const r of found.related)
      tooltip.appendMarkdown('\n\n- ').appendText(`${basename(r.uri)}:${r.range.start.line + 1} — ${r.message}`);
    if (found.relatedCount > found.related.length)
      tooltip
        .appendMarkdown('\n\n')
        .appendText(`and ${found.relatedCount - found.related.length} more (the figure's hover lists every one)`);
    item.tooltip = tooltip;
    return item;
  }
}

const ICONS = { person: 'person', place: 'location', organisation: 'organization' };
const UNLISTED_PLURAL = { person: 'people', place: 'places', organisation: 'organisations' };

export type EntityNode =
  | { type: 'entity'; entity: SummaryEntity }
  | { type: 'mention'; entity: SummaryEntity; mention: SummaryMention }
  | { type: 'more'; entity: SummaryEntity; more: number }
  | { type: 'unlisted'; kind: SummaryEntity['kind']; count: number };

/** Fetches an entity's mentions, in these articles when any are given. */
export type MentionsFetcher = (id: string, articles: readonly string[]) => Promise<MentionsResult>;

export class EntitiesTree implements vscode.TreeDataProvider<EntityNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  /** Only the entities mentioned in these articles, and only those mentions (none: all): the summary and the
   * mentions are asked for these. */
  articles: ReadonlySet<string> = new Set();

  constructor(
    readonly kind: 'person' | 'place' | 'organisation',
    private readonly data: () => Summary | undefined,
    private readonly fetchMentions: MentionsFetcher,
  ) {}

  refresh(): void {
    this.changed.fire();
  }

  async getChildren(node?: EntityNode): Promise<EntityNode[]> {
    const d = this.data();
    if (!d) return [];
    if (!node) {
      const listed: EntityNode[] = d.entities
        .filter((e) => e.kind === this.kind)
        .map((entity) => ({ type: 'entity', entity }));
      const count = d.unlisted?.[this.kind] ?? 0;
      return count ? [...listed, { type: 'unlisted', kind: this.kind, count }] : listed;
    }
    if (node.type !== 'entity') return [];
    // (a server gone: no mentions until the next summary redraws the tree)
    const { mentions, total } = await this.fetchMentions(node.entity.id, [...this.articles]).catch(() => ({
      mentions: [],
      total: 0,
    }));
    const out: EntityNode[] = mentions.map((mention) => ({ type: 'mention', entity: node.entity, mention }));
    if (total > mentions.length) out.push({ type: 'more', entity: node.entity, more: total - mentions.length });
    return out;
  }

  getTreeItem(node: EntityNode): vscode.TreeItem {
    if (node.type === 'entity') {
      const e = node.entity;
      // No command: a click expands the entity to its mentions; the mentions open.
      const item = new vscode.TreeItem(e.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `${e.kind}:${e.id}`;
      item.description = `${plural(e.mentions, 'mention')} · ${plural(e.articles, 'article')}`;
      item.tooltip =
        `${e.name} — ${e.detail}\n` + `${plural(e.mentions, 'mention')} in ${plural(e.articles, 'article')}`;
      item.iconPath = new vscode.ThemeIcon(ICONS[this.kind]);
      item.contextValue = e.kind;
      return item;
    }
    if (node.type === 'unlisted') {
      const noun = node.count === 1 ? node.kind : UNLISTED_PLURAL[node.kind];
      const item = new vscode.TreeItem(`${node.count} more ${noun}`, vscode.TreeItemCollapsibleState.None);
      item.id = `${node.kind}:unlisted`;
      item.description = 'mentioned less often: filter by article to list an article’s';
      item.iconPath = new vscode.ThemeIcon('ellipsis');
      return item;
    }
    if (node.type === 'more') {
      const item = new vscode.TreeItem(`${plural(node.more, 'more mention')}`, vscode.TreeItemCollapsibleState.None);
      item.id = `${node.entity.kind}:${node.entity.id}:more`;
      item.description = 'Find All References on a mention lists every one';
      item.iconPath = new vscode.ThemeIcon('ellipsis');
      return item;
    }
    const m = node.mention;
    const item = new vscode.TreeItem(
      `${basename(m.uri)}:${m.range.start.line + 1}`,
      vscode.TreeItemCollapsibleState.None,
    );
    item.id = `${node.entity.kind}:${node.entity.id}:${m.uri}:${m.range.start.line}:${m.range.start.character}`;
    item.description = m.lineText.length > 120 ? `${m.lineText.slice(0, 120)}…` : m.lineText;
    item.tooltip = `“${m.text}” — ${m.lineText}`;
    item.accessibilityInformation = {
      label: `${basename(m.uri)}:${m.range.start.line + 1}, “${m.text}”: ${m.lineText}`,
      role: 'treeitem',
    };
    item.contextValue = 'mention';
    item.command = openCommand(m, 'Open the mention');
    return item;
  }
}
