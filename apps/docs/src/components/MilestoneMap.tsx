import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import { readComponentData } from '@site/src/lib/component-data';
import type { ReactNode } from 'react';
import type { MapData } from '../plugin/pages/map-data';

/**
 * The milestone map as a picture: risk buckets as rows, lifecycle stages as
 * columns, each milestone a numbered link in the cell of its bucket and the
 * stage whose description in the guide names it. It is a table, so it reads in order
 * with a screen reader, prints as a grid and, on a narrow screen, stacks
 * bucket by bucket (see .milestone-map in custom.css). Colours come from the
 * theme, so it reads in light and dark.
 */
export default function MilestoneMap({ data }: { data: string }): ReactNode {
  const map = readComponentData<MapData>(data);
  const columns = [
    ...map.stages.map((s) => ({ id: s.id as string | null, title: `${s.number}. ${s.title}` })),
    ...(map.milestones.some((m) => m.stage === null)
      ? [{ id: null, title: translate({ id: 'map.noStage', message: 'No stage named' }) }]
      : []),
  ];
  return (
    <div className="milestone-map" data-testid="milestone-map">
      <table>
        <caption>
          {translate(
            {
              id: 'map.caption',
              message: '{count} milestones by risk bucket and by the lifecycle stage whose description names them',
            },
            { count: map.milestones.length },
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col">{translate({ id: 'map.bucket', message: 'Risk bucket' })}</th>
            {columns.map((c) => (
              <th scope="col" key={c.id ?? 'any'}>
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {map.buckets.map((b) => (
            <tr key={b.id}>
              <th scope="row">
                <Link to={`${map.base}/map#${b.id}`}>{`${b.number}. ${b.title}`}</Link>
              </th>
              {columns.map((c) => {
                const here = map.milestones.filter((m) => m.bucket === b.id && m.stage === c.id);
                return (
                  <td key={c.id ?? 'any'} data-stage={c.title}>
                    {here.length === 0 ? (
                      <span className="milestone-map__empty">
                        <span aria-hidden="true">–</span>
                        <span className="milestone-map__title">{translate({ id: 'map.none', message: 'none' })}</span>
                      </span>
                    ) : (
                      <ul>
                        {here.map((m) => (
                          <li key={m.id}>
                            <Link to={`${map.base}/milestones/${m.id}`} className="milestone-map__item" title={m.title}>
                              <span className="milestone-map__number">{m.number}</span>
                              <span className="milestone-map__title">{m.title}</span>
                            </Link>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
