#format entente-lexicon 1
# Topics of routine, non-political stories: the anchors of the learned
# coder's `topic` feature group (src/events/topic_features.h). A noun of the
# sentence whose WordNet hypernym chain (first two senses) reaches an anchor
# tells the model what the story is about, so that "quarantined", "suspended
# its season" or "declared a state of emergency" can be weighed with it.
# "%topics" names the domains; "%topic_NAME" lists its anchors, each a noun
# whose first sense is the anchor synset, or "noun^N" for the synset N
# levels above that sense (its hypernyms, as WordNet 3.0 gives them), or
# "=word" for a word of the domain itself that WordNet 3.0 (2006) does not
# know, matched in any case and as a name too.
%topics disease disaster sport election justice science show

# ill health (not injuries: attacks injure), outbreaks, germs, vaccines, care
%topic_disease illness infection epidemic microorganism immunogen symptom quarantine vaccination nurse^1 hospital patient medicine =coronavirus =covid =covid-19 =sars-cov-2
# geological and atmospheric phenomena, calamities and accidents, fires
%topic_disaster earthquake^1 storm^1 weather accident^2 catastrophe^1 disaster fire drought famine
# sports, athletic contests, players, teams
%topic_sport sport olympics^1 athlete player team tournament league stadium coach championship
# elections, votes, campaigns, candidates
%topic_election election referendum^1 vote campaign candidacy candidate voter ballot caucus constituency poll
# courts, trials, crimes and their people
%topic_justice court hearing^1 verdict crime prosecutor judge jury defendant lawyer prison
# science, research, space
%topic_science science scientist research experiment spacecraft planet^1 astronaut
# performances, films, concerts
%topic_show concert^1
