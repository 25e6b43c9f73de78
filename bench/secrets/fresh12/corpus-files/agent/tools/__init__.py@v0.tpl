from agent.tools.shopify import find_orders
from agent.tools.zendesk import get_ticket, handoff, reply

ALL_TOOLS = [get_ticket, reply, handoff, find_orders]
