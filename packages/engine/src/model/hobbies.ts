/** A hobby tag's names in Chinese and English. */
export interface HobbyName {
  readonly zh: string;
  readonly en: string;
}

/**
 * The hobby tags the centre's registration form offers (English codes as stored), with their
 * names for explanations. Members may carry other tags; those are shown as written.
 */
export const HOBBIES: Readonly<Record<string, HobbyName>> = {
  hiking: { zh: '徒步', en: 'hiking' },
  badminton: { zh: '羽毛球', en: 'badminton' },
  reading: { zh: '阅读', en: 'reading' },
  tea: { zh: '品茶', en: 'tea' },
  photography: { zh: '摄影', en: 'photography' },
  cooking: { zh: '烹饪', en: 'cooking' },
  travel: { zh: '旅行', en: 'travel' },
  movies: { zh: '看电影', en: 'films' },
  music: { zh: '音乐', en: 'music' },
  running: { zh: '跑步', en: 'running' },
  swimming: { zh: '游泳', en: 'swimming' },
  yoga: { zh: '瑜伽', en: 'yoga' },
  board_games: { zh: '桌游', en: 'board games' },
  pets: { zh: '养宠物', en: 'pets' },
  gardening: { zh: '养花', en: 'gardening' },
  calligraphy: { zh: '书法', en: 'calligraphy' },
  singing: { zh: '唱歌', en: 'singing' },
  dancing: { zh: '跳舞', en: 'dancing' },
  fishing: { zh: '钓鱼', en: 'fishing' },
  cycling: { zh: '骑行', en: 'cycling' },
  gaming: { zh: '电子游戏', en: 'video games' },
  volunteering: { zh: '志愿服务', en: 'volunteering' },
  basketball: { zh: '篮球', en: 'basketball' },
  painting: { zh: '绘画', en: 'painting' },
};
