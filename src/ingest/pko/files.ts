// Paths, inside the data directory, of the two peace-operations files.
export const pkoFiles = {
  /** DPPA/DPO list of UN peacekeeping operations (UN Peace and Security Data Hub). */
  dppa: 'pko/DPPADPOSS-PKO.csv',
  /** Missions and personnel by type per year (Our World in Data). */
  personnel: 'pko/owid-united-nations-peacekeeping.csv',
} as const;
