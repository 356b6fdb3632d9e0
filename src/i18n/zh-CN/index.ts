// zh-CN strings, one module per area.
export * from './scoring';
export * from './consistency';
export * from './excel';
export * from './xlsx';
export * from './locate';
