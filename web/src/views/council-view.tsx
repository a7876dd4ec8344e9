// The Council view: the vote simulator (and, as the council core provides them, the record,
// trend charts and resolution viewer).
import { VoteSimulator } from './vote-simulator.tsx';

export function CouncilView() {
  return (
    <section>
      <h1>Security Council</h1>
      <VoteSimulator />
    </section>
  );
}
