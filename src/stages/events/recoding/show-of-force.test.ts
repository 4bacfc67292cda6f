import { checkRule } from './check-rule.ts';

checkRule('show-of-force', /show of force 150/, [
  ['North Korea has fired a ballistic missile toward the sea to the east of the Korean Peninsula.', '150'],
  ['Chinese military ships continued to conduct joint drills near Taiwan on Sunday.', '150'],
], [
  'North Korea fired a missile at a South Korean ship.',
  'Syrian troops fired rockets at rebels near the sea.',
  'China conducted joint drills with Russia near Taiwan.',
  'Kim Yo Jong said Washington and Seoul are holding the joint military exercises despite repeated warnings.',
]);
