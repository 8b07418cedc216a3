// A figure as a real table: the caption names it, every header is scoped, each row and column by its name; cells
// exactly as the API gives them ("<10", "x"), rates with their sign, totals in bold.
import { Table } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { valueText, type DashboardFigure } from './figure-data.ts';

/** The figure's whole table. */
export function FigureTable({ figure, caption }: { figure: DashboardFigure; caption: string }) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  // The names come from the source in English: say so to a screen reader reading a Spanish page.
  const sourceLang = language === 'en' ? undefined : 'en';
  return (
    <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-label={caption}>
      <Table bordered compact>
        <caption>{caption}</caption>
        <thead lang={sourceLang}>
          <tr>
            <th scope="col">{figure.rowHeader}</th>
            {figure.columns.map((column) => (
              <th scope="col" key={column.name} className="text-right">
                {column.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody lang={sourceLang}>
          {figure.rows.map((row) => (
            <tr key={row.code ?? 'total'} className={row.isTotal ? 'text-bold' : undefined} data-row={row.code ?? 'total'}>
              <th scope="row">{row.name}</th>
              {row.values.map((value, i) => {
                const column = figure.columns[i];
                return (
                  <td key={column?.name ?? i} className="text-right font-mono-xs" data-value={String(value)}>
                    {column ? valueText(value, column, language) : ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
