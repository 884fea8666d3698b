// autocannon 9 ships no types; the benchmark describes the parts it uses where it calls it.
declare module 'autocannon' {
  const autocannon: unknown;
  export default autocannon;
}
