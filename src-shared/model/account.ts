// The ChatGPT accounts an archive holds exports of: one archive can keep several people's or one
// person's several accounts apart.

export interface AccountView {
  readonly id: string;
  /** From the export's user.json; older exports may not say. */
  readonly email: string | null;
  readonly conversations: number;
}
