/** A refusal or failure of backup/restore, told to the operator in Vietnamese and English. */
export class BackupError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(`${vi}\n${en}`);
  }
}
