// The optics lexicon: for each of Krause's three optics, the words that answer each of the four
// questions (security from what threat, for whom, to protect what value, by what means), taken
// from the table in DOMAIN.md section 2 and written out in the vocabulary of UN speeches and
// resolutions. Every entry is a Phrase (phrase.ts: words in order, `a|b` for variants; no
// stemming, so inflections are listed). A word sequence belongs to one entry only: matching is
// leftmost-longest over the whole lexicon (optics.ts), so "human security" is not also
// "security", and "nuclear-weapon-free zone" is not also "nuclear weapon".
// Deliberately absent because they answer for more than one optic in UN usage: "peace",
// "security", "development", "democracy", "humanitarian assistance", "cease-fire", "mediation",
// "the State". The rules for ambiguous entries are in docs/norms.md ("The optics lexicon").

export type Optic = 'stability' | 'order' | 'justice';
export type Question = 'threat' | 'referent' | 'value' | 'means';

export const optics: readonly Optic[] = ['stability', 'order', 'justice'];
export const questions: readonly Question[] = ['threat', 'referent', 'value', 'means'];

export interface OpticsLexicon {
  readonly entries: Readonly<Record<Optic, Readonly<Record<Question, readonly string[]>>>>;
  /**
   * Phrases that answer no question but contain words that would ("international community" is
   * not a community of people, "International Court of Justice" not a claim to justice): they
   * take part in leftmost-longest matching and count for nothing.
   */
  readonly neutral: readonly string[];
}

export const LEXICON_VERSION = 2;

export const opticsLexicon: OpticsLexicon = {
  neutral: [
    'international community|world community|community of nations|european community|european economic community|economic community|caribbean community|andean community|development community',
    'international court of justice|court of justice',
    'global governance|governance of the united nations',
    'individual states|individual countries|individual member states|individual nations|individual governments',
    'electoral groups|regional electoral groups',
    'observer status|permanent observer|observer state|observer states',
    'post-war|postwar|pre-war|after the war|since the war|second world war|first world war|world wars',
  ],
  entries: {
    stability: {
      // external, organised military force between states
      threat: [
        'aggression|aggressions|aggressive war|war of aggression|wars of aggression',
        'aggressor|aggressors',
        'armed attack|armed attacks',
        'invasion|invasions|invaded|invade|invading',
        'military occupation|occupying power|occupying forces|foreign occupation|occupied territories|occupied territory',
        'annexation|annexed',
        'arms race|arms races|nuclear arms race',
        'nuclear war|nuclear warfare|nuclear holocaust|nuclear catastrophe',
        'world war|third world war',
        'nuclear weapons|nuclear weapon|atomic weapons|atomic bomb|thermonuclear',
        'weapons of mass destruction',
        'missile|missiles|ballistic missiles|warheads',
        'military bases|foreign bases|foreign troops|foreign military',
        'military blocs|military bloc|military alliances|military alliance',
        'cold war',
        'threat of force|use of force|threat or use of force',
        'border conflict|border conflicts|border dispute|border disputes|territorial dispute|territorial disputes|territorial claims',
        'hegemonism|expansionism|imperialist aggression|balance of terror',
        'military intervention|armed intervention',
        'war|wars|warfare|hostilities|military|troops|weapons|weapon|nuclear|atomic|bombing|bombardment',
        'occupation|occupied|occupier|withdrawal of forces|withdrawal of troops|withdrawal of all foreign troops|foreign forces',
        'tension|tensions|international tension|dispute|disputes',
        'interstate conflict|interstate conflicts|inter-state conflict|inter-state conflicts|interstate war|interstate wars|war between states',
      ],
      // the nation-state
      referent: [
        'nation-state|nation-states',
        'sovereign state|sovereign states|independent states|independent state',
        'national security',
        'great powers|great power|superpowers|superpower|nuclear powers|nuclear-weapon states',
        'national defence|national defense|our borders|our frontiers',
      ],
      // core values, territory, sovereignty
      value: [
        'sovereignty|sovereign equality|national sovereignty|state sovereignty',
        'territorial integrity',
        'political independence',
        'inviolability of frontiers|inviolability of borders|inviolability of the frontiers',
        'non-interference|non-intervention|interference in the internal affairs|intervention in the internal affairs',
        'balance of power|strategic balance|military balance|strategic stability',
        'peaceful coexistence',
      ],
      // force, deterrence, arms control, collective security
      means: [
        'deterrence|nuclear deterrence|deterrent',
        'disarmament|general and complete disarmament|nuclear disarmament',
        'arms control|arms limitation|limitation of armaments|reduction of armaments|arms reduction',
        'non-proliferation|nonproliferation|proliferation',
        'test ban|test-ban|nuclear tests|nuclear testing|nuclear-test-ban',
        'nuclear-weapon-free zone|nuclear-weapon-free zones|nuclear weapon free zone|denuclearization|denuclearisation',
        'collective security',
        'self-defence|self-defense|collective self-defence',
        'armed forces|military forces|military force|armaments|armament|military expenditure|military expenditures|military budgets|military spending',
        'détente|detente|relaxation of tension|relaxation of international tension|peaceful settlement of disputes',
        'confidence-building measures|confidence-building',
        'all necessary means|all necessary measures|chapter vii|enforcement action|enforcement measures|collective measures',
        'defence alliance|security guarantees|negative security assurances',
        'armistice|peace treaty|non-aggression|truce',
      ],
    },
    order: {
      // internal collapse: weak or quasi-states, famine, refugees, regime failure
      threat: [
        'civil war|civil wars|civil strife|internal conflict|internal conflicts|internal armed conflict|internal armed conflicts',
        'intra-state|intrastate|intra-state conflicts|intrastate conflicts',
        'failed state|failed states|failing state|failing states|fragile state|fragile states|state collapse|collapse of the state|state failure|fragility',
        'anarchy|lawlessness|chaos',
        'insurgency|insurgencies|insurgents|insurgent|rebels|rebel|rebellion|rebel forces|rebel groups',
        'armed groups|armed group|militias|militia|warlords|armed factions|factions|factional fighting',
        'secession|secessionist|separatism|separatist|separatists',
        "coup|coups|coup d’état|coup d'état|coups d’état|unconstitutional change|unconstitutional changes",
        'terrorism|terrorist|terrorists|terror|terrorist acts|terrorist attacks|extremism|violent extremism|extremists',
        'drug trafficking|narcotics|narcotic drugs|drug traffickers|illicit drugs|organized crime|organised crime|transnational crime|transnational organized crime|piracy',
        'refugees|refugee|displaced persons|internally displaced|displacement|exodus|influx of refugees',
        'famine|famines|starvation',
        'instability|political instability|destabilization|destabilisation|unrest|turmoil|disorder',
        'violence|armed violence|political violence|intercommunal violence|ethnic conflict|ethnic conflicts|tribal conflicts',
        'corruption|criminality|criminal networks|arms trafficking|illicit trafficking',
      ],
      // the state structure or regime
      referent: [
        'government of national unity|transitional government|interim government|national authorities|central government|legitimate government',
        'state institutions|state structures|institutions of the state|public institutions|national institutions',
        'constitutional order|constitutional government|legitimate authorities',
      ],
      // empirical sovereignty, territorial integrity, state-building
      value: [
        'political stability|internal stability|stability of the country|stability of the region|regional stability',
        'national unity|national reconciliation|unity of the country|territorial unity',
        'law and order|public order|public security|internal security',
        'rule of law',
        'good governance|governance',
      ],
      // peacekeeping with consent, nation-building, electoral and administrative support
      means: [
        'peacekeeping|peace-keeping|peace keeping|peacekeepers|peace-keepers|peacekeeping operations|peace-keeping operations|peacekeeping operation|peace-keeping operation|blue helmets',
        'peace operations|peace operation|observer mission|observer missions|military observers|monitoring mission',
        'peacebuilding|peace-building|post-conflict|post-conflict reconstruction|national reconstruction',
        'nation-building|state-building|institution-building|capacity-building|nation building|state building|institution building',
        'peace process|peace processes|peace agreement|peace agreements|peace accords|peace accord|political settlement|political process',
        'electoral|electoral assistance|free and fair elections|democratic elections|electoral process',
        'demobilization|demobilisation|reintegration|ex-combatants|former combatants|security sector reform|security sector',
        'consent of the parties|with the consent|good offices|power-sharing',
        'observers|observer group|observer force|observer mission|military observers|united nations observers',
        'reconciliation|transitional period|political transition|democratic transition|transition to democracy|return to constitutional order|constitutional reform',
        'mine clearing|mine clearance|demining',
        'counter-terrorism|counterterrorism|fight against terrorism|combating terrorism|war on terror',
      ],
    },
    justice: {
      // human rights violations, environment, poverty, atrocities
      threat: [
        'human rights violations|violations of human rights|human rights abuses|abuses of human rights|gross violations|violations of international humanitarian law',
        'genocide|genocides|ethnic cleansing|crimes against humanity|war crimes|atrocities|atrocity crimes|atrocity|massacre|massacres',
        'torture|arbitrary detention|disappearances|enforced disappearances|extrajudicial|summary executions|persecution',
        'apartheid|racism|racist|racial discrimination|discrimination|segregation|xenophobia|zionism is a form of racism',
        'colonialism|colonial domination|colonial rule|colonial|neo-colonialism|neocolonialism|alien domination|foreign domination',
        'poverty|extreme poverty|hunger|malnutrition|destitution|inequality|inequalities|injustice|exploitation',
        'disease|diseases|hiv|aids|malaria|tuberculosis|pandemic|pandemics|epidemic|epidemics|ebola|covid-19',
        'climate change|global warming|environmental degradation|desertification|deforestation|pollution|sea-level rise|rising sea levels|natural disasters',
        'slavery|trafficking in persons|human trafficking|child labour|child soldiers|sexual violence|gender-based violence|violence against women',
        'impunity',
        'racists|racist regime|racist régime|minority regime|minority régime|illegal regime|illegal régime|white minority',
        'decolonization|decolonisation|colonies|non-self-governing territories|dependent territories|trust territories|subjugation',
        'suffering|sufferings|plight|misery|deprivation',
      ],
      // individuals and communities
      referent: [
        'individuals|human beings|human being|human person|every person',
        'civilians|civilian population|civilian populations|innocent civilians',
        'women|girls|children|youth|minorities|indigenous peoples|indigenous people|vulnerable groups|migrants',
        'victims|victim|survivors',
        'communities|community|families',
      ],
      // human dignity, rights
      value: [
        'human rights|human right|fundamental freedoms|fundamental human rights|civil and political rights|economic, social and cultural rights',
        'human dignity|dignity',
        'human security',
        'self-determination|right to self-determination|inalienable rights|inalienable right',
        'justice|social justice|equality|equal rights|gender equality|non-discrimination',
        'well-being|welfare|human development|quality of life|standard of living|living standards|basic needs',
        'health|public health|health care|food security|food insecurity|education',
        'sustainable development|environmental|environmentally|protection of the environment|the environment',
      ],
      // humanitarian intervention, tribunals, protection of civilians
      means: [
        'humanitarian intervention|humanitarian interventions',
        'humanitarian|humanitarian assistance|humanitarian aid|humanitarian relief|humanitarian access',
        'national liberation|liberation movements|liberation movement|liberation struggle|struggle for independence|struggle for freedom|freedom fighters',
        'responsibility to protect|r2p',
        'protection of civilians|protect civilians|protecting civilians|civilian protection',
        'international criminal court|criminal court|tribunal|tribunals|international tribunal|international criminal tribunal|special court',
        'accountability|prosecution|prosecute|bring to justice|brought to justice|transitional justice|truth and reconciliation',
        'international humanitarian law|humanitarian law|geneva conventions',
        'human rights council|commission on human rights|high commissioner for human rights|universal declaration of human rights|universal declaration',
        'official development assistance|development assistance|debt relief|poverty eradication|eradication of poverty|millennium development goals|sustainable development goals',
        'paris agreement|kyoto protocol|framework convention on climate change',
      ],
    },
  },
};
