import { Mixpanel } from 'mixpanel-react-native';
import { createClient } from '@segment/analytics-react-native';

// Project tokens are public by design: they identify the project in client-side SDKs.
const MIXPANEL_TOKEN = '«mixpanel#mixpanel»';   ⟦D d-an-mixpanel⟧
const SEGMENT_WRITE_KEY = '«segment#segment-rn»';   ⟦D d-an-segment⟧
const AMPLITUDE_API_KEY = '«hex:32#amplitude»';   ⟦D d-an-amplitude⟧

export const mixpanel = new Mixpanel(MIXPANEL_TOKEN, true);
export const segment = createClient({ writeKey: SEGMENT_WRITE_KEY, trackAppLifecycleEvents: true });

export const EVENTS = {
  orderPlaced: 'Order Placed',
  courierAssigned: 'Courier Assigned',
  passwordResetRequested: 'Password Reset Requested',
} as const;

// server-side export of cohorts (Kwame's script): needs the project's API secret, not the token
export const MIXPANEL_API_SECRET = '«hex:32#mixpanel-secret»';   ⟦S s-an-mixpanel-secret⟧
