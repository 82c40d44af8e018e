import * as vscode from 'vscode';
import type { Loc, SummaryEntity, SummaryFinding, SummaryGroup, SummaryResult } from '../../server/src/protocol';

/**
 * The Crosscheck view's trees: Findings (comparison group → article → finding), People and Places
 * (entity → mention). They show what the server's `crosscheck/summary` says; nothing is computed here.
 */

export interface Filter {
  verdicts: Set<string>;
  article?: string;
}

const VERDICT_ICON: Record<string, string> = { conflict: 'warning', rounding: 'info', updated: 'history' };
const basename = (uri: string) => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));

export function toRange(l: Loc): vscode.Range {
  return new vscode.Range(l.range.start.line, l.range.start.character, l.range.end.line, l.range.end.character);
}

export function openCommand(l: Loc, title = 'Open'): vscode.Command {
  return { title, command: 'vscode.open', arguments: [vscode.Uri.parse(l.uri), { selection: toRange(l) } satisfies vscode.TextDocumentShowOptions] };
}

type FindingNode =
  | { type: 'group'; group: SummaryGroup; findings: SummaryFinding[] }
  | { type: 'article'; group: SummaryGroup; uri: string; findings: SummaryFinding[] }
  | { type: 'finding'; finding: SummaryFinding };

export class FindingsTree implements vscode.TreeDataProvider<FindingNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  filter: Filter = { verdicts: new Set(['conflict', 'rounding', 'updated']) };

  constructor(private readonly data: () => SummaryResult | undefined) {}

  refresh(): void {
    this.changed.fire();
  }

  private visible(f: SummaryFinding): boolean {
    return this.filter.verdicts.has(f.verdict) && (!this.filter.article || f.uri === this.filter.article);
  }

  getChildren(node?: FindingNode): FindingNode[] {
    const d = this.data();
    if (!d) return [];
    if (!node) {
      return d.groups.map((group) => ({ type: 'group' as const, group, findings: group.findings.filter((f) => this.visible(f)) })).filter((g) => g.findings.length);
    }
    if (node.type === 'group') {
      const byArticle = new Map<string, SummaryFinding[]>();
      for (const f of node.findings) byArticle.set(f.uri, [...(byArticle.get(f.uri) ?? []), f]);
      return [...byArticle].sort(([a], [b]) => a.localeCompare(b)).map(([uri, findings]) => ({ type: 'article' as const, group: node.group, uri, findings }));
    }
    if (node.type === 'article') return node.findings.map((finding) => ({ type: 'finding' as const, finding }));
    return [];
  }

  getTreeItem(node: FindingNode): vscode.TreeItem {
    if (node.type === 'group') {
      const item = new vscode.TreeItem(node.group.label, vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${node.group.verdict} · ${node.findings.length} finding${node.findings.length === 1 ? '' : 's'}`;
      item.iconPath = new vscode.ThemeIcon(VERDICT_ICON[node.group.verdict] ?? 'circle-outline');
      item.contextValue = 'group';
      return item;
    }
    if (node.type === 'article') {
      const item = new vscode.TreeItem(basename(node.uri), vscode.TreeItemCollapsibleState.Expanded);
      item.resourceUri = vscode.Uri.parse(node.uri);
      item.description = `${node.findings.length}`;
      item.iconPath = vscode.ThemeIcon.File;
      return item;
    }
    const f = node.finding;
    const item = new vscode.TreeItem(`${f.text} — ${f.verdict}`, vscode.TreeItemCollapsibleState.None);
    item.description = `line ${f.range.start.line + 1}`;
    item.tooltip = new vscode.MarkdownString(`${f.message}\n\n${f.related.map((r) => `- ${basename(r.uri)}:${r.range.start.line + 1} — ${r.message}`).join('\n')}`);
    item.iconPath = new vscode.ThemeIcon(VERDICT_ICON[f.verdict] ?? 'circle-outline');
    item.command = openCommand(f);
    return item;
  }
}

type EntityNode = { type: 'entity'; entity: SummaryEntity } | { type: 'mention'; mention: SummaryEntity['mentions'][number] };

export class EntitiesTree implements vscode.TreeDataProvider<EntityNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  article?: string;

  constructor(private readonly kind: 'person' | 'place', private readonly data: () => SummaryResult | undefined) {}

  refresh(): void {
    this.changed.fire();
  }

  getChildren(node?: EntityNode): EntityNode[] {
    const d = this.data();
    if (!d) return [];
    if (!node) {
      return d.entities.filter((e) => e.kind === this.kind && (!this.article || e.mentions.some((m) => m.uri === this.article))).map((entity) => ({ type: 'entity' as const, entity }));
    }
    if (node.type === 'entity') return node.entity.mentions.filter((m) => !this.article || m.uri === this.article).map((mention) => ({ type: 'mention' as const, mention }));
    return [];
  }

  getTreeItem(node: EntityNode): vscode.TreeItem {
    if (node.type === 'entity') {
      const e = node.entity;
      const item = new vscode.TreeItem(e.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'} · ${e.articles} article${e.articles === 1 ? '' : 's'}`;
      item.tooltip = `${e.name} — ${e.detail}`;
      item.iconPath = new vscode.ThemeIcon(this.kind === 'person' ? 'person' : 'location');
      item.command = openCommand(e.mentions[0], 'Open the first mention');
      return item;
    }
    const m = node.mention;
    const item = new vscode.TreeItem(`${basename(m.uri)}:${m.range.start.line + 1}`, vscode.TreeItemCollapsibleState.None);
    item.description = m.lineText.length > 90 ? `${m.lineText.slice(0, 90)}…` : m.lineText;
    item.tooltip = m.lineText;
    item.command = openCommand(m);
    return item;
  }
}
