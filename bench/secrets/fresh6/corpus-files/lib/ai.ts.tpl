import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';

export const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY! });   ⟦D d-ai-openai-env⟧

// TODO move to env before launch
export const anthropic = new Anthropic({ apiKey: '«anthropic#lib-ai»' });   ⟦S s-ai-anthropic-v1⟧

export const MODELS = {
  draft: 'gpt-4o-mini',
  polish: 'claude-3-5-sonnet-20241022',
  embed: 'text-embedding-3-small',
} as const;

export const SYSTEM_PROMPT = `You are Quillmate, a friendly newsletter co-writer. Keep the author's voice. Never invent facts.`;
