/** Reference data of the South Denmark fixture: clusters, their municipalities, co-chairs. */

/** The four clusters and their municipalities (shared/data/dk-health-clusters.csv). */
export const SOUTH_DENMARK_CLUSTERS = {
  Fyn: [
    'Assens',
    'Faaborg-Midtfyn',
    'Kerteminde',
    'Langeland',
    'Nordfyns',
    'Nyborg',
    'Odense',
    'Svendborg',
    'Ærø',
  ],
  Lillebælt: ['Fredericia', 'Kolding', 'Middelfart', 'Vejle'],
  Sydvestjylland: ['Billund', 'Esbjerg', 'Fanø', 'Varde', 'Vejen'],
  Sønderjylland: ['Aabenraa', 'Haderslev', 'Sønderborg', 'Tønder'],
} as const;
export type ClusterName = keyof typeof SOUTH_DENMARK_CLUSTERS;
export const CLUSTER_NAMES = Object.keys(SOUTH_DENMARK_CLUSTERS) as ClusterName[];

/** The municipality whose mayor is the cluster's municipal co-chair at the start. */
export const CO_CHAIR_MUNICIPALITY: Record<ClusterName, string> = {
  Fyn: 'Odense',
  Lillebælt: 'Vejle',
  Sydvestjylland: 'Esbjerg',
  Sønderjylland: 'Sønderborg',
};

/** The municipal offices every fixture municipality has a (fictional) holder of. */
export type MunicipalOffice = 'mayor' | 'healthDirector' | 'municipalDirector';
