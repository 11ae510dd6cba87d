// Chart.js configurations for the dashboard's tables (Chart is the UMD global loaded from
// /insights/chart.umd.min.js, served from node_modules). Animations are off: figures, not motion.
import { t } from './i18n.js';

const PALETTE = [
  '#1f5fa8',
  '#d64545',
  '#2f9e44',
  '#f08c00',
  '#7048e8',
  '#0c8599',
  '#c2255c',
  '#5c940d',
  '#868e96',
  '#e8590c',
  '#495057',
];

const base = (onBucket) => ({
  animation: false,
  responsive: true,
  maintainAspectRatio: false,
  plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
  onClick: (_event, elements, chart) => {
    const first = elements[0];
    if (first && onBucket) onBucket(chart.data.labels[first.index]);
  },
});

/** Series (columns after the first) that have at least one non-zero value. */
function series(table, skip = []) {
  return table.columns
    .map((id, i) => ({ id, i }))
    .slice(1)
    .filter(({ id, i }) => !skip.includes(id) && table.rows.some((r) => Number(r[i]) > 0));
}

function funnel(table) {
  return {
    type: 'bar',
    data: {
      labels: table.rows.map((r) => t(r[0])),
      datasets: [{ label: t('accounts'), data: table.rows.map((r) => r[1]), backgroundColor: PALETTE[0] }],
    },
    options: { ...base(), indexAxis: 'y', plugins: { legend: { display: false } } },
  };
}

function stacked(table, onBucket) {
  return {
    type: 'bar',
    data: {
      labels: table.rows.map((r) => r[0]),
      datasets: series(table).map(({ id, i }) => ({
        label: t(id),
        data: table.rows.map((r) => r[i]),
        // Colour by column, so a category keeps its colour whatever the filters.
        backgroundColor: PALETTE[(i - 1) % PALETTE.length],
      })),
    },
    options: {
      ...base(onBucket),
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
    },
  };
}

function lines(table, onBucket) {
  return {
    type: 'line',
    data: {
      labels: table.rows.map((r) => r[0]),
      datasets: table.columns.slice(1).map((id, n) => ({
        label: t(id),
        data: table.rows.map((r) => r[n + 1]),
        borderColor: PALETTE[n + 1],
        backgroundColor: PALETTE[n + 1],
        tension: 0.2,
      })),
    },
    options: { ...base(onBucket), scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  };
}

function escalations(table, onBucket) {
  const col = (id) => table.columns.indexOf(id);
  const bar = (id, n) => ({
    type: 'bar',
    label: t(id),
    data: table.rows.map((r) => r[col(id)]),
    backgroundColor: PALETTE[n],
    yAxisID: 'y',
  });
  return {
    type: 'bar',
    data: {
      labels: table.rows.map((r) => r[0]),
      datasets: [
        bar('escalations', 0),
        bar('answered', 2),
        {
          type: 'line',
          label: t('avgWaitSeconds'),
          data: table.rows.map((r) => r[col('avgWaitSeconds')]),
          borderColor: PALETTE[1],
          backgroundColor: PALETTE[1],
          yAxisID: 'y1',
        },
      ],
    },
    options: {
      ...base(onBucket),
      scales: {
        y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: t('escalations') } },
        y1: {
          beginAtZero: true,
          position: 'right',
          grid: { drawOnChartArea: false },
          title: { display: true, text: t('avgWaitSeconds') },
        },
      },
    },
  };
}

const BUILDERS = { funnel, stacked, lines, escalations };

/** A Chart.js configuration for `table` drawn as `kind`; `onBucket(bucket)` runs when a bar or point is clicked. */
export function chartConfig(kind, table, onBucket) {
  return BUILDERS[kind](table, onBucket);
}
