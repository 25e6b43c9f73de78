import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import Stripe from 'stripe';

@Injectable()
export class StripeService {
  private readonly log = new Logger(StripeService.name);
  readonly stripe: Stripe;

  constructor(config: ConfigService) {
    this.stripe = new Stripe(config.getOrThrow<string>('app.stripe.secretKey'), { apiVersion: '2024-04-10' });
  }

  /** Onboards a restaurant: Express account + account link. */
  async onboardRestaurant(restaurantId: string, email: string) {
    const account = await this.stripe.accounts.create({ type: 'express', email, metadata: { restaurantId } });
    return this.stripe.accountLinks.create({
      account: account.id,
      refresh_url: 'https://partners.munchly.app/stripe/refresh',
      return_url: 'https://partners.munchly.app/stripe/done',
      type: 'account_onboarding',
    });
  }

  /** Splits an order: platform fee stays, the rest goes to the restaurant and the courier. */
  async payout(orderId: string, restaurantAccount: string, courierAccount: string, amounts: { restaurant: number; courier: number }) {
    const idempotencyKey = `payout-${orderId}`;
    await this.stripe.transfers.create({ amount: amounts.restaurant, currency: 'eur', destination: restaurantAccount, transfer_group: orderId }, { idempotencyKey: `${idempotencyKey}-r` });
    await this.stripe.transfers.create({ amount: amounts.courier, currency: 'eur', destination: courierAccount, transfer_group: orderId }, { idempotencyKey: `${idempotencyKey}-c` });
  }
}

// Connect OAuth for legacy Standard accounts (public client id, documented as safe to embed)
export const CONNECT_CLIENT_ID = '«stripe_ca#connect»';   ⟦D d-stripe-ca⟧
export const CONNECT_AUTHORIZE_URL = `https://connect.stripe.com/oauth/authorize?response_type=code&client_id=${CONNECT_CLIENT_ID}&scope=read_write`;
