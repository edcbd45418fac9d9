// `npm run train:decisions`: trains the learned decision scorer and its option picker on the
// development sets in test/fixtures/decision-eval and writes their weights to
// src-main/core/decisions/decision-scorer.weights.json (data, marked generated in .gitattributes).
// Deterministic: the same sets give the same weights. `-- --cv` instead holds out each set in turn
// and prints how the extractor does on it at several thresholds, to choose the threshold;
// `-- --json FILE` writes the weights to FILE instead.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DECISION_EXTRACTOR_VERSION,
  extractDecisions,
  scoredCandidates,
} from '../dist-tools/src-main/core/decisions/decision-extractor.js';
import { bestChoice } from '../dist-tools/src-main/core/decisions/decision-picker.js';
import { normalizeConversation } from '../dist-tools/src-main/core/chatgpt-export/conversation-normalizer.js';
import { generateExport } from '../dist-tools/test/support/export-generator/generate-export.js';
import { sameOption } from '../dist-tools/test/support/option-match.js';

const root = join(import.meta.dirname, '..');
const evalDir = join(root, 'test', 'fixtures', 'decision-eval');
// Only sets read while the extractor was written: the blind sets judge it and never train it.
const TRAINING_SETS = [
  'cases.json',
  'holdout.json',
  'dev-2.json',
  'dev-3.json',
  'dev-4.json',
  'dev-5.json',
  'dev-6.json',
  'dev-7.json',
  'dev-8.json',
  'dev-9.json',
  'dev-10.json',
];
const THRESHOLD = 0.75;
const PICK_FLOOR = 0.5;
const EPOCHS = 30;
const L2 = 1e-4;
const GENERATED_CONVERSATIONS = 300;

const messagesOf = (evalCase) =>
  evalCase.turns.map((turn, index) => ({
    id: `m${index}`,
    role: turn.role,
    text: turn.text,
    createTime: index,
  }));

function load(file) {
  return JSON.parse(readFileSync(join(evalDir, file), 'utf8')).map((evalCase) => ({
    ...evalCase,
    set: file,
    candidates: scoredCandidates(messagesOf(evalCase)),
  }));
}

/**
 * The visible thread of an exported conversation, as the importer reads it into the archive; none
 * for one the importer would refuse (the generator writes some without messages on purpose).
 */
function threadOf(conversation) {
  let normalized;
  try {
    normalized = normalizeConversation(conversation);
  } catch {
    return [];
  }
  return normalized.nodes
    .filter((node) => node.onCurrentBranch && node.messageId !== null && (node.text ?? '').trim() !== '')
    .sort((a, b) => a.threadIndex - b.threadIndex)
    .map((node) => ({ id: node.messageId, role: node.role, text: node.text, createTime: node.createTime }));
}

/**
 * The real 2023 export holds no decision: its person's messages are what the scorer must learn to
 * leave alone (questions, "continue", pasted code). Every other conversation trains; the rest are
 * kept back to count the false decisions the scorer makes on real messages it never saw.
 */
function loadReal() {
  const file = join(root, 'test', 'fixtures', 'real', '2023-06-pkuppens', 'conversations.json');
  const conversations = JSON.parse(readFileSync(file, 'utf8'));
  const split = { training: [], heldOut: [] };
  conversations.forEach((conversation, index) => {
    const messages = threadOf(conversation);
    const entry = {
      id: conversation.id,
      label: 'none',
      set: 'real',
      messages,
      candidates: scoredCandidates(messages),
    };
    (index % 2 === 0 ? split.training : split.heldOut).push(entry);
  });
  return split;
}

/**
 * The test export generator's conversations are fluent nonsense that still asks "should I X or Y?"
 * and names things: no decision is in them, and the scorer must not find one. The benchmark archive
 * is written from other seeds, so its count of false decisions stays a fair test.
 */
function loadGenerated() {
  const generated = generateExport({ era: '2025', conversations: GENERATED_CONVERSATIONS, seed: 20261122 });
  return generated.files
    .filter((file) => /conversations[^/]*\.json$/.test(file.name))
    .flatMap((file) => JSON.parse(file.data.toString('utf8')))
    .map((conversation) => {
      const messages = threadOf(conversation);
      return {
        id: conversation.id,
        label: 'none',
        set: 'generated',
        messages,
        candidates: scoredCandidates(messages),
      };
    });
}

// A fixed-seed generator, so that the order examples are seen in, and so the weights, never vary.
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const score = (weights, features) => {
  let sum = 0;
  for (const feature of features) sum += weights.get(feature) ?? 0;
  return sum;
};

/**
 * Which messages of a case teach what. In a case without a decision, every message is a "no". In a
 * decision, the one that makes it is a "yes" (of the messages whose pick is the chosen option, the
 * one scored highest so far) and the messages before it are "no"; those after it teach nothing.
 */
function examples(cases, weights) {
  const out = [];
  for (const evalCase of cases) {
    if (evalCase.label !== 'decision') {
      for (const candidate of evalCase.candidates) out.push({ features: candidate.features, label: 0 });
      continue;
    }
    // Where a rule found the choice, that message makes it; otherwise the best-scored message that
    // would pick the chosen option and asks nothing.
    const ruled = evalCase.candidates.find((candidate) => sameOption(candidate.ruled, evalCase.chosen));
    const making = evalCase.candidates.filter((candidate) => sameOption(candidate.pick, evalCase.chosen));
    let best = ruled ?? making[0];
    if (!best) continue;
    if (!ruled)
      for (const candidate of making)
        if (score(weights, candidate.features) > score(weights, best.features)) best = candidate;
    for (const candidate of evalCase.candidates) {
      if (candidate === best) out.push({ features: candidate.features, label: 1 });
      else if (candidate.index < best.index) out.push({ features: candidate.features, label: 0 });
    }
  }
  return out;
}

/** Logistic regression by stochastic gradient descent; `relabel` re-chooses the examples every 10 epochs. */
function fit(relabel) {
  const weights = new Map();
  const next = random(20261122);
  let data = relabel(weights);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    if (epoch > 0 && epoch % 10 === 0) data = relabel(weights);
    const order = data.map((_, index) => index);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const rate = 0.2 / (1 + epoch * 0.2);
    for (const index of order) {
      const { features, label } = data[index];
      const predicted = 1 / (1 + Math.exp(-score(weights, features)));
      const step = rate * (label - predicted);
      for (const feature of features) {
        const weight = weights.get(feature) ?? 0;
        weights.set(feature, weight + step - rate * L2 * weight);
      }
    }
  }
  return Object.fromEntries(
    [...weights]
      .map(([feature, weight]) => [feature, Math.round(weight * 1000) / 1000])
      .filter(([, weight]) => weight !== 0)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

/**
 * What teaches the picker: in each decision, the message that makes it (the one a rule found, else
 * the first that speaks of the chosen option), with each option on the table a "yes" if it is the
 * one chosen and a "no" if not.
 */
function pickExamples(cases) {
  const out = [];
  for (const evalCase of cases) {
    if (evalCase.label !== 'decision') continue;
    const right = (candidate) =>
      candidate.choices.some((choice) => sameOption(choice.option, evalCase.chosen));
    const making =
      evalCase.candidates.find(
        (candidate) => sameOption(candidate.ruled, evalCase.chosen) && right(candidate),
      ) ?? evalCase.candidates.find(right);
    if (!making) continue;
    for (const choice of making.choices)
      out.push({ features: choice.features, label: sameOption(choice.option, evalCase.chosen) ? 1 : 0 });
  }
  return out;
}

/** The picker first, then the scorer on the picks the picker makes. */
function train(cases) {
  const picker = fit(() => pickExamples(cases));
  const picked = cases.map((evalCase) => ({
    ...evalCase,
    candidates: evalCase.candidates.map((candidate) => ({
      ...candidate,
      pick: bestChoice(candidate.choices, picker, PICK_FLOOR),
    })),
  }));
  return {
    weights: fit((weights) => examples(picked, weights)),
    picker: { weights: picker, floor: PICK_FLOOR },
  };
}

function measure(cases, scorer) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let right = 0;
  for (const evalCase of cases) {
    const found = extractDecisions(evalCase.messages ?? messagesOf(evalCase), scorer);
    if (evalCase.label === 'decision') {
      if (found.length === 0) fn += 1;
      else {
        tp += 1;
        if (sameOption(found[0].chosen, evalCase.chosen)) right += 1;
      }
    } else if (found.length > 0) fp += 1;
  }
  return { tp, fp, fn, right };
}

const format = ({ tp, fp, fn, right }) =>
  `P ${(tp / Math.max(1, tp + fp)).toFixed(3)} R ${(tp / Math.max(1, tp + fn)).toFixed(3)} C ${(right / Math.max(1, tp)).toFixed(3)}`;

const sets = TRAINING_SETS.map((file) => load(file));

const real = loadReal();
const generated = loadGenerated();
const realFalse = (model, threshold) => measure(real.heldOut, { ...model, threshold }).fp;

if (process.argv.includes('--cv')) {
  const thresholds = [1, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9];
  const pooled = new Map(thresholds.map((threshold) => [threshold, { tp: 0, fp: 0, fn: 0, right: 0 }]));
  for (const heldOut of sets) {
    const model = train([...sets.filter((set) => set !== heldOut).flat(), ...real.training, ...generated]);
    const line = [];
    for (const threshold of thresholds) {
      const result = measure(heldOut, { ...model, threshold });
      const sum = pooled.get(threshold);
      for (const key of Object.keys(sum)) sum[key] += result[key];
      line.push(`${threshold}: ${format(result)}, real: ${realFalse(model, threshold)} false`);
    }
    console.log(`${heldOut[0].set}\n  ${line.join('\n  ')}`);
  }
  console.log('pooled');
  for (const [threshold, sum] of pooled) console.log(`  ${threshold}: ${format(sum)}`);
} else {
  const { weights, picker } = train([...sets.flat(), ...real.training, ...generated]);
  const json = process.argv.indexOf('--json');
  if (json > 0) {
    // For the test that the shipped weights are what training gives.
    writeFileSync(process.argv[json + 1], JSON.stringify({ threshold: THRESHOLD, weights, picker }));
    process.exit(0);
  }
  const target = join(root, 'src-main', 'core', 'decisions', 'decision-scorer.weights.json');
  const sorted = (object) =>
    Object.fromEntries(Object.entries(object).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const shipped = {
    extractorVersion: DECISION_EXTRACTOR_VERSION,
    threshold: THRESHOLD,
    weights: sorted(weights),
    picker: { floor: picker.floor, weights: sorted(picker.weights) },
  };
  writeFileSync(target, `${JSON.stringify(shipped, null, 2)}\n`);
  console.log(`${Object.keys(weights).length} weights written to ${target}`);
  console.log(
    `real conversations held back: ${realFalse({ weights, picker }, THRESHOLD)} of ${real.heldOut.length} given a false decision`,
  );
}
