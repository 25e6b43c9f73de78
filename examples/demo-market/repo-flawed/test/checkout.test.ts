// test-mode key: low severity, never a launch blocker
const key = '{{fake:stripe-test-key}}';
export default key;
