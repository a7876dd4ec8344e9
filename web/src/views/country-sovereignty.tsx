// A country's sovereignty timeline (Saxer's statuses): each dated interval with formal and
// material sovereignty, the authority and legal basis, and its sources with how far the store
// verifies them. Territories outside the registry say so.
import { useApi } from '../api.ts';
import { CsvLink } from '../components/data-table.tsx';
import { Show } from '../components/status.tsx';
import type { CountryInfo } from './country-page.tsx';
import type { ApiAnswer } from '../../../src/server/api/answers.ts';

const verification: Record<string, string> = {
  text: 'verified against the resolution text',
  meetings: 'adoption date verified in the meetings tables',
  knowledge: 'from the literature (not in the store)',
  mismatch: 'does not match the store',
};

export function CountrySovereignty({ country }: { country: CountryInfo }) {
  const endpoint = `/api/sovereignty/${country.iso3}`;
  const data = useApi<ApiAnswer<'/api/sovereignty/:iso3'>>(endpoint);
  return (
    <section aria-labelledby="sov-title">
      <h2 id="sov-title">
        Sovereignty timeline{' '}
        {data.state === 'ok' && data.data.intervals.length > 0 ? <CsvLink href={endpoint} /> : null}
      </h2>
      <Show loaded={data} what="the sovereignty registry">
        {(d) =>
          !d.inRegistry ? (
            <p className="note">
              {country.name} is not in the sovereignty registry, which records supervised, transitional, protectorate
              and observer statuses for the territories it covers (Saxer); no status other than the default is recorded
              here.
            </p>
          ) : (
            <>
              <ol className="timeline">
                {d.intervals.map((i) => (
                  <li key={i.start}>
                    <strong>
                      {i.start} – {i.end ?? 'today'}: {i.label}
                    </strong>{' '}
                    <small>({i.meaning})</small>
                    <dl className="facts">
                      <dt>formal</dt>
                      <dd>
                        {i.formal.degree}: {i.formal.note}
                      </dd>
                      <dt>material</dt>
                      <dd>
                        {i.material.degree}: {i.material.note}
                      </dd>
                      {i.authority ? (
                        <>
                          <dt>authority</dt>
                          <dd>{i.authority}</dd>
                        </>
                      ) : null}
                      {i.legalBasis.length ? (
                        <>
                          <dt>legal basis</dt>
                          <dd>{i.legalBasis.join('; ')}</dd>
                        </>
                      ) : null}
                      {i.recognition ? (
                        <>
                          <dt>recognition</dt>
                          <dd>
                            {i.recognition.level}: {i.recognition.note}
                          </dd>
                        </>
                      ) : null}
                      {i.note ? (
                        <>
                          <dt>note</dt>
                          <dd>{i.note}</dd>
                        </>
                      ) : null}
                      <dt>sources</dt>
                      <dd>
                        <ul>
                          {i.sources.map((s) => (
                            <li key={s.citation + s.supports}>
                              {s.citation}, {s.date} ({s.supports}){' '}
                              <small>[{verification[s.verification.level] ?? s.verification.level}]</small>
                            </li>
                          ))}
                        </ul>
                      </dd>
                    </dl>
                  </li>
                ))}
              </ol>
              {d.notes.map((n) => (
                <p key={n.period} className="note">
                  {n.period}: {n.text}
                </p>
              ))}
            </>
          )
        }
      </Show>
    </section>
  );
}
