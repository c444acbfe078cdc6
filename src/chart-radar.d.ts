// The self-test's own instance of chart.js (see src/components/islands/selftest/register-radar.ts).
declare module 'chart.js?radar' {
  export * from 'chart.js';
}
