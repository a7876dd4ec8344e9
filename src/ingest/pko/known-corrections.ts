// Facts that override the DPPA list where it is known to be wrong or damaged: missions it still
// marks active after they closed, and names it garbles. Each applies only while the defect is
// present, so a corrected upstream file passes through unchanged.

export interface Closure {
  endDate: string;
  reason: string;
}

export const knownClosures: Readonly<Record<string, Closure>> = {
  MINUSMA: {
    endDate: '2023-12-31',
    reason:
      'MINUSMA closed on 31 December 2023: the Security Council ended its mandate on 30 June 2023 (resolution 2690 (2023)) and the withdrawal was completed by the end of the year',
  },
};

/** Full names of missions whose name the list truncates or garbles. */
export const knownNames: Readonly<Record<string, string>> = {
  DOMREP: 'Mission of the Representative of the Secretary-General in the Dominican Republic',
};
