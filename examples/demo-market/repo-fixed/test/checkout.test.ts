const key = process.env.STRIPE_TEST_KEY ?? '';
export default key;
