// Views over artifacts that deserve a person's attention: the web sources their answers cited (one
// entry per source, with every conversation citing it), the files Code Interpreter produced (lost,
// with the code that made them), and the projects their conversations belong to.

export interface SourceView {
  readonly url: string;
  readonly title: string | null;
  readonly citations: number;
  readonly conversations: readonly { readonly id: string; readonly title: string | null }[];
}

export interface GeneratedFileView {
  readonly artifactId: number;
  readonly conversationId: string;
  readonly messageId: string;
  readonly fileName: string | null;
  /** Files in OpenAI's sandbox are gone once the session expires. */
  readonly lost: boolean;
  /** The code cell that made it: the last one before it naming the file, else the last one before it. */
  readonly producedBy: {
    readonly messageId: string;
    readonly language: string | null;
    readonly code: string;
  } | null;
}

export interface ProjectView {
  /** The project's id (`g-p-…`) or custom GPT's id (`g-…`). */
  readonly id: string;
  readonly kind: 'project' | 'gpt';
  /** The name the person gave it; exports carry none. */
  readonly name: string | null;
  readonly conversations: number;
  readonly lastActivity: string | null;
}

export interface ProjectName {
  readonly id: string;
  readonly name: string;
}
