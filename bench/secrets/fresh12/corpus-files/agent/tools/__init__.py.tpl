from agent.tools.gmail import send_reply
from agent.tools.shopify import find_orders
from agent.tools.stripe_refunds import refund_charge
from agent.tools.zendesk import get_ticket, handoff, reply

ALL_TOOLS = [get_ticket, reply, handoff, find_orders, refund_charge, send_reply]
