/**
 * The knowledge bank (issue 12): pilots, scale-up decisions and task transfers across clusters and
 * regions. Owning modules write their entries through `recordKnowledgeEntry`.
 */
export { recordKnowledgeEntry, removeKnowledgeEntry } from './knowledge.entries';
export { knowledgeEntries } from './knowledge.table';
export { knowledgeRoutes } from './knowledge.routes';
export { entryVisibleSql, searchKnowledge, similarInOtherClusters } from './knowledge.search';
