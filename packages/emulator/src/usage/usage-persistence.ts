import { join } from "node:path";
import { applyRecord, type JournalRecord } from "./journal-records";
import { STATE_FILE, StateFile } from "./state-file";
import { UsageJournal } from "./usage-journal";
import { UsageLedger, type LedgerSnapshot } from "./usage-ledger";
import { UsageRegistry, type RegistrySnapshot } from "./usage-registry";

interface SavedState extends RegistrySnapshot {
  /** 1: written before the journal existed (nothing to replay); 2: `journalGeneration` says where replay starts. */
  version: 1 | 2;
  /** The first journal generation whose changes this snapshot does not hold. */
  journalGeneration?: number;
  ledger: LedgerSnapshot;
}

/**
 * A store's state on disk: the snapshot (state-file.ts) and the journal (usage-journal.ts), kept
 * consistent with each other. The store tells it each change before applying it; it decides when
 * snapshots are taken and which journal generations they make obsolete.
 */
export class UsagePersistence {
  private readonly stateFile: StateFile<SavedState>;

  private constructor(
    dir: string,
    snapshotDelayMs: number,
    private readonly registry: UsageRegistry,
    private readonly ledger: UsageLedger,
    private readonly journal: UsageJournal,
  ) {
    this.stateFile = new StateFile(dir, () => this.capture(), (written) => journal.deleteBelow(written.journalGeneration!), snapshotDelayMs);
  }

  /** The state saved in `dir` (snapshot + journal replayed), and what keeps it there from now on. */
  static async open(dir: string, snapshotDelayMs: number): Promise<{ registry: UsageRegistry; ledger: UsageLedger; persistence: UsagePersistence }> {
    const state = (await StateFile.load(dir)) as SavedState | undefined;
    if (state !== undefined && state.version !== 1 && state.version !== 2) {
      throw new Error(`Usage state ${join(dir, STATE_FILE)} has unknown version ${String(state.version)} (written by a newer emulator?): move it away to start empty.`);
    }
    const registry = state ? UsageRegistry.fromSnapshot(state) : new UsageRegistry();
    const ledger = state ? UsageLedger.fromSnapshot(state.ledger) : new UsageLedger();
    const { journal, generations } = await UsageJournal.open(dir, state?.journalGeneration ?? 0, (record) => applyRecord(record, registry, ledger));
    const persistence = new UsagePersistence(dir, snapshotDelayMs, registry, ledger, journal);
    // Replayed generations are folded into a fresh snapshot soon, then deleted.
    if (generations > 0) persistence.stateFile.markDirty();
    return { registry, ledger, persistence };
  }

  /** Journals a change the store is about to apply (synchronous: it survives a kill once this returns). */
  append(record: JournalRecord): void {
    this.journal.append(record);
    this.stateFile.markDirty();
  }

  /** Writes a snapshot of everything so far and resolves once it is fsynced. */
  flush(): Promise<void> {
    return this.stateFile.flush();
  }

  async close(): Promise<void> {
    try {
      await this.flush();
    } finally {
      this.journal.close();
    }
  }

  /** The snapshot, and the journal rotated in the same synchronous step: the snapshot holds exactly the generations before. */
  private capture(): SavedState {
    const journalGeneration = this.journal.rotate();
    return { version: 2, journalGeneration, ...this.registry.snapshot(), ledger: this.ledger.snapshot() };
  }
}
