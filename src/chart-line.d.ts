// The log's own instance of chart.js (see src/components/islands/plan/register-line.ts).
declare module 'chart.js?line' {
  export * from 'chart.js';
}
