import type { Check } from '../../core/check.js';
import secret from './secret.js';
import authToken from './auth-token.js';
import sessionId from './session-id.js';
import password from './password.js';
import cardNumber from './card-number.js';
import bankAccount from './bank-account.js';
import nationalId from './national-id.js';
import personalData from './personal-data.js';
import webhookPayload from './webhook-payload.js';
import stackTrace from './stack-trace.js';

/** Registry of logs checks, explicit (no filesystem discovery). All share one scan per log file. */
export const logsChecks: Check[] = [secret, authToken, sessionId, password, cardNumber, bankAccount, nationalId, personalData, webhookPayload, stackTrace];
