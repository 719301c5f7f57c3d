import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BekijkOpSiteField as BekijkOpSiteField_2452906329e33235af0395328027d86e } from '../../../components/BekijkOpSite'
import { KloptNogField as KloptNogField_5a4bdd5aa2d24621fad0f86a2b649ab3 } from '../../../components/KloptNog'
import { ImportPanel as ImportPanel_22f03ba0f63f49d38e305271f89a564c } from '../../../components/ImportPanel'
import { TweestapsVeld as TweestapsVeld_67131d9337ecd4c4817a39e4811e5e8f } from '../../../components/Tweestaps'
import { MetingenOverzicht as MetingenOverzicht_487db9241d318b81e888ae2d29235161 } from '../../../components/MetingenOverzicht'
import { InzageKnop as InzageKnop_620ce8f91cd91107aff8f083efa7884c } from '../../../components/InzageKnop'
import { MetingHoortBij as MetingHoortBij_d7e2a34f06bdb9f96f7e2fd709f827e2 } from '../../../components/MetingHoortBij'
import { AanmeldingBeoordelenLink as AanmeldingBeoordelenLink_81d0ea3c69d4caf742a74e5f48100839 } from '../../../components/AanmeldingBeoordelen'
import { Icon as Icon_02021155ba5f550edf165449cf475fb6 } from '../../../components/Merk'
import { Logo as Logo_02021155ba5f550edf165449cf475fb6 } from '../../../components/Merk'
import { MeldpuntDashboard as MeldpuntDashboard_36fcd065ee41540fdea88f9998271990 } from '../../../components/MeldpuntDashboard'
import { AanmeldingenDashboard as AanmeldingenDashboard_81d0ea3c69d4caf742a74e5f48100839 } from '../../../components/AanmeldingBeoordelen'
import { SuggestiesDashboard as SuggestiesDashboard_7e1915dac54b6c7a561719c6d8d1396c } from '../../../components/SuggestiesDashboard'
import { VersheidDashboard as VersheidDashboard_285f40edd6f55ed637be913fb1673db3 } from '../../../components/VersheidDashboard'
import { AanbodGatenDashboard as AanbodGatenDashboard_d1cb2926bbf4f44bb757faa61acd538b } from '../../../components/AanbodGaten'
import { TweestapsBewaker as TweestapsBewaker_67131d9337ecd4c4817a39e4811e5e8f } from '../../../components/Tweestaps'
import { DatumTaal as DatumTaal_2586bf132c9b199eb59265320a8aa6a8 } from '../../../components/DatumTaal'
import { TweestapsPagina as TweestapsPagina_1202197a2e8348ce014d64bb74d2184c } from '../../../components/TweestapsPagina'
import { AanbodGatenPagina as AanbodGatenPagina_d1cb2926bbf4f44bb757faa61acd538b } from '../../../components/AanbodGaten'
import { MonitoringPagina as MonitoringPagina_4c415c1ba0c3da4ba8f9fe2049521dcf } from '../../../components/Monitoring'
import { AanmeldingBeoordelenPagina as AanmeldingBeoordelenPagina_81d0ea3c69d4caf742a74e5f48100839 } from '../../../components/AanmeldingBeoordelen'
import { EersteBeheerder as EersteBeheerder_11270d34c32aa76d0d2394a2a8197ae8 } from '../../../components/EersteBeheerder'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/BekijkOpSite#BekijkOpSiteField": BekijkOpSiteField_2452906329e33235af0395328027d86e,
  "/components/KloptNog#KloptNogField": KloptNogField_5a4bdd5aa2d24621fad0f86a2b649ab3,
  "/components/ImportPanel#ImportPanel": ImportPanel_22f03ba0f63f49d38e305271f89a564c,
  "/components/Tweestaps#TweestapsVeld": TweestapsVeld_67131d9337ecd4c4817a39e4811e5e8f,
  "/components/MetingenOverzicht#MetingenOverzicht": MetingenOverzicht_487db9241d318b81e888ae2d29235161,
  "/components/InzageKnop#InzageKnop": InzageKnop_620ce8f91cd91107aff8f083efa7884c,
  "/components/MetingHoortBij#MetingHoortBij": MetingHoortBij_d7e2a34f06bdb9f96f7e2fd709f827e2,
  "/components/AanmeldingBeoordelen#AanmeldingBeoordelenLink": AanmeldingBeoordelenLink_81d0ea3c69d4caf742a74e5f48100839,
  "/components/Merk#Icon": Icon_02021155ba5f550edf165449cf475fb6,
  "/components/Merk#Logo": Logo_02021155ba5f550edf165449cf475fb6,
  "/components/MeldpuntDashboard#MeldpuntDashboard": MeldpuntDashboard_36fcd065ee41540fdea88f9998271990,
  "/components/AanmeldingBeoordelen#AanmeldingenDashboard": AanmeldingenDashboard_81d0ea3c69d4caf742a74e5f48100839,
  "/components/SuggestiesDashboard#SuggestiesDashboard": SuggestiesDashboard_7e1915dac54b6c7a561719c6d8d1396c,
  "/components/VersheidDashboard#VersheidDashboard": VersheidDashboard_285f40edd6f55ed637be913fb1673db3,
  "/components/AanbodGaten#AanbodGatenDashboard": AanbodGatenDashboard_d1cb2926bbf4f44bb757faa61acd538b,
  "/components/Tweestaps#TweestapsBewaker": TweestapsBewaker_67131d9337ecd4c4817a39e4811e5e8f,
  "/components/DatumTaal#DatumTaal": DatumTaal_2586bf132c9b199eb59265320a8aa6a8,
  "/components/TweestapsPagina#TweestapsPagina": TweestapsPagina_1202197a2e8348ce014d64bb74d2184c,
  "/components/AanbodGaten#AanbodGatenPagina": AanbodGatenPagina_d1cb2926bbf4f44bb757faa61acd538b,
  "/components/Monitoring#MonitoringPagina": MonitoringPagina_4c415c1ba0c3da4ba8f9fe2049521dcf,
  "/components/AanmeldingBeoordelen#AanmeldingBeoordelenPagina": AanmeldingBeoordelenPagina_81d0ea3c69d4caf742a74e5f48100839,
  "/components/EersteBeheerder#EersteBeheerder": EersteBeheerder_11270d34c32aa76d0d2394a2a8197ae8,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
