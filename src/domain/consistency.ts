// Entry of the consistency (勾稽) checks; the checks live in ./consistency/.
export { checkConsistency } from './consistency/index';
