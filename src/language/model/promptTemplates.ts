import type { BaseMessage } from '@langchain/core/messages';
import { ChatPromptTemplate } from '@langchain/core/prompts';
import { DATA_MARKERS, type LlmPrompt } from '../../prompts/llm/index.js';

export class PromptDefinitionError extends Error {
  readonly code = 'PROMPT_VARIABLES';
  constructor(id: string, detail: string) {
    super(`Prompt ${id}: ${detail}. Fix the template or its declared variables in src/prompts/llm`);
    this.name = 'PromptDefinitionError';
  }
}

/**
 * A prompt built once from its data: langchain checks the templates parse, and we check the
 * variables they use are exactly the declared ones, so a typo fails at start, not mid-turn.
 */
export class BuiltPrompt {
  private constructor(
    readonly id: string,
    readonly version: number,
    private readonly template: ChatPromptTemplate,
    private readonly variables: readonly string[],
  ) {}

  static from(prompt: LlmPrompt): BuiltPrompt {
    const template = ChatPromptTemplate.fromMessages(
      prompt.messages.map((m) => [m.role, m.template] as [string, string]),
    );
    const used = [...template.inputVariables].sort();
    const declared = [...prompt.variables].sort();
    if (used.join(',') !== declared.join(',')) {
      throw new PromptDefinitionError(
        prompt.id,
        `uses {${used.join(', ')}} but declares {${declared.join(', ')}}`,
      );
    }
    return new BuiltPrompt(prompt.id, prompt.version, template, prompt.variables);
  }

  /** Messages for the model. Throws when a declared variable is missing. */
  async messages(values: Record<string, string>): Promise<BaseMessage[]> {
    const missing = this.variables.filter((v) => values[v] === undefined);
    if (missing.length > 0)
      throw new PromptDefinitionError(this.id, `missing values for {${missing.join(', ')}}`);
    return this.template.formatMessages(values);
  }
}

const ALL_MARKERS: string[] = Object.values(DATA_MARKERS).flat();

/**
 * Text that goes inside a data block: any marker the writer typed is removed, and long runs of
 * angle brackets are broken, so a person's words cannot close the block and speak as instructions.
 */
export function asData(text: string): string {
  let out = text;
  for (const marker of ALL_MARKERS) out = out.split(marker).join('');
  return out.replace(/<{3,}|>{3,}/g, (m) => m.split('').join(' ')).trim();
}
