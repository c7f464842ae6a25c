# ruff: noqa: E501  (the authored report sentences are data: one per line)
"""Generate the theme benchmark's sixth set: invented districts and communes of another invented
province (tỉnh Thạch Phong) reporting on another programme (protecting the Party's ideological
foundation and fighting wrong and hostile views under Resolution 35-NQ/TW, year 2025: the Steering
Committee 35 of each district, the core force and collaborators on cyberspace, positive posts and
shares, fanpages and Zalo groups, refuting false news, political theory study, cadres' exemplary
conduct, handling of wrong posts, the press).

Written before any tuning of :mod:`nq35cls.themes` on it, blind to the method (no clustering was run
on it while it was written), and held out: never used to choose methods or parameters, only to say
how what was chosen on the other sets does on words nobody looked at. Every sentence below was
written for this set; the same structure and machinery as ``generate_valid.py`` (planted points with
several phrasings of different structure and wording, distractors that share words with a planted
point but not its point, singletons), none of the other sets' sentences, districts or communes.

    python benchmarks/themes_data/generate_set6.py       # rewrites reports_set6/*.txt and *.jsonl (seed 107)
"""

from __future__ import annotations

from pathlib import Path

from generate import Programme, write_reports

HERE = Path(__file__).resolve().parent
OUT = HERE / "reports_set6"
N_REPORTS = 42
SEED = 107

RESULTS: dict[str, list[str]] = {
    "R_tinbai": [
        "Lực lượng nòng cốt đã đăng tải, chia sẻ {big} tin, bài, video có nội dung tích cực trên các nền tảng mạng xã hội.",
        "Thông tin chính thống về thành tựu của đất nước và địa phương được lan tỏa mạnh trên mạng, với {big} lượt chia sẻ của cán bộ, đảng viên trong năm.",
        "Gương người tốt, việc tốt thường xuyên được cán bộ, đảng viên đưa lên trang cá nhân; cả năm có {m} bài viết mới và hàng chục nghìn lượt chia sẻ.",
        "Bình quân mỗi cộng tác viên đăng, chia sẻ {n} tin bài tích cực mỗi tháng, góp phần lấy cái đẹp dẹp cái xấu trên không gian mạng.",
    ],
    "R_bancd": [
        "Ban Chỉ đạo 35 của {unit} được kiện toàn kịp thời khi có thay đổi nhân sự, có quy chế làm việc và phân công rõ nhiệm vụ từng thành viên.",
        "Ngay từ đầu năm, Thường trực cấp ủy đã kiện toàn Ban Chỉ đạo 35 gồm {n} thành viên và ban hành kế hoạch bảo vệ nền tảng tư tưởng của Đảng năm 2025.",
        "Ban Chỉ đạo duy trì họp định kỳ hằng quý theo quy chế, sau mỗi kỳ họp đều có thông báo kết luận giao việc cụ thể cho các thành viên.",
        "Cấp ủy đã củng cố tổ chức và bộ phận giúp việc của Ban Chỉ đạo 35, bổ sung {k} thành viên là lãnh đạo các ngành công an, văn hóa - thông tin.",
    ],
    "R_nongcot": [
        "Lực lượng nòng cốt đấu tranh trên không gian mạng có {n} thành viên, cùng {m} cộng tác viên ở các chi bộ, cơ quan, đoàn thể.",
        "Mỗi chi bộ đều phân công ít nhất một đảng viên tham gia lực lượng nòng cốt, nâng tổng số người tham gia lên {m} người.",
        "Danh sách những người tham gia đấu tranh trên mạng được rà soát, bổ sung thêm đoàn viên thanh niên, cựu chiến binh; hiện có {m} tài khoản thật đăng ký tham gia.",
    ],
    "R_quantriet": [
        "Tổ chức học tập, quán triệt các nghị quyết, chỉ thị mới của Trung ương cho {m} lượt cán bộ, đảng viên, đạt {p}%.",
        "Các chi bộ đưa nội dung Nghị quyết 35 vào sinh hoạt thường kỳ; {n} hội nghị nghiên cứu, quán triệt đã được tổ chức theo hình thức trực tiếp kết hợp trực tuyến.",
        "Hầu hết đảng viên dự hội nghị triển khai nghị quyết và viết bản thu hoạch, liên hệ với nhiệm vụ của bản thân.",
        "Cán bộ, đảng viên được phổ biến đầy đủ các văn kiện, chuyên đề mới, tỷ lệ tham dự bình quân đạt {p}%.",
    ],
    "R_phanbac": [
        "Đã viết và đăng {n} bài phản bác các quan điểm sai trái, thù địch, xuyên tạc đường lối của Đảng.",
        "Khi xuất hiện luận điệu xuyên tạc việc sắp xếp đơn vị hành chính, lực lượng nòng cốt kịp thời đưa thông tin đúng, bác bỏ tin giả.",
        "Các bài viết đấu tranh với thông tin sai sự thật được đăng trên trang thông tin của địa phương, thu hút {m} lượt xem.",
        "Tham gia bình luận, đấu tranh dưới {m} bài viết có nội dung bịa đặt, bôi nhọ lãnh đạo Đảng, Nhà nước trên mạng xã hội.",
    ],
    "R_zalo": [
        "Lập {k} trang fanpage và {n} nhóm Zalo của các chi bộ, đoàn thể để đưa thông tin chính thống tới người dân.",
        "Mỗi thôn, tổ dân phố đều có nhóm Zalo, người quản trị là bí thư chi bộ, hiện có {m} người tham gia.",
        "Trang Facebook của {unit} đã được xác thực, có {m} người theo dõi, trở thành kênh định hướng thông tin của cấp ủy, chính quyền.",
    ],
    "R_xuly": [
        "Phối hợp với công an phát hiện, xử lý {k} trường hợp đăng tin sai sự thật, buộc gỡ bỏ bài viết và xin lỗi công khai.",
        "Công an đã mời làm việc {k} chủ tài khoản mạng xã hội có bài viết xuyên tạc, yêu cầu gỡ bài và cam kết không tái phạm.",
        "Các tài khoản phát tán tin giả trên địa bàn đều được xác minh và xử phạt vi phạm hành chính theo quy định, không để lan truyền rộng.",
    ],
    "R_neguong": [
        "Cán bộ, đảng viên, nhất là người đứng đầu, gương mẫu thực hiện quy định về trách nhiệm nêu gương, không có trường hợp suy thoái về tư tưởng chính trị.",
        "Qua kiểm điểm cuối năm, {p}% đảng viên được đánh giá gương mẫu trong lời nói và việc làm, giữ vững lập trường tư tưởng.",
        "Việc nêu gương của người đứng đầu được đề cao, lãnh đạo chủ chốt công khai cam kết tu dưỡng, rèn luyện và chịu sự giám sát của nhân dân.",
    ],
    "R_baochi": [
        "Phối hợp với Báo Thạch Phong và Đài Phát thanh - Truyền hình tỉnh đăng, phát {n} tin, bài về kết quả phát triển kinh tế - xã hội của địa phương.",
        "Trung tâm Văn hóa - Thông tin và Truyền thông sản xuất {n} chương trình truyền thanh, truyền hình, đưa tin kịp thời về các sự kiện chính trị.",
        "Các cơ quan báo chí của tỉnh có {k} phóng sự, bài viết phản ánh đời sống và thành tựu của {unit}, góp phần củng cố niềm tin của nhân dân.",
    ],
    "R_chinhluan": [
        "Có {n} tác phẩm dự Cuộc thi viết chính luận về bảo vệ nền tảng tư tưởng của Đảng lần thứ năm, trong đó có tác phẩm đạt giải cấp tỉnh.",
        "Cán bộ, đảng viên, đoàn viên hưởng ứng cuộc thi chính luận rất tích cực, {unit} đã gửi {n} bài dự thi về Ban Tổ chức tỉnh.",
        "Tổ chức vòng sơ khảo cuộc thi viết chính luận ở cơ sở, chọn những bài có chất lượng gửi dự thi cấp tỉnh.",
    ],
    "R_tutuong": [
        "Tư tưởng của cán bộ, đảng viên và nhân dân nhìn chung ổn định, tin tưởng vào sự lãnh đạo của Đảng.",
        "Đa số cán bộ, đảng viên và quần chúng đồng thuận với chủ trương sắp xếp bộ máy, không có diễn biến tư tưởng phức tạp.",
        "Qua nắm tình hình, tâm trạng của đảng viên và người dân trên địa bàn ổn định, không phát sinh điểm nóng về tư tưởng.",
    ],
    "R_llct": [
        "Cử {k} cán bộ đi học trung cấp lý luận chính trị, một số đồng chí được cử đi học cao cấp.",
        "Trung tâm Chính trị mở {k} lớp cho đảng viên mới và lớp sơ cấp lý luận chính trị cho cán bộ thôn, tổ dân phố.",
        "Công tác đào tạo lý luận chính trị được quan tâm, {m} lượt cán bộ, đảng viên hoàn thành các chương trình theo quy định.",
    ],
    "R_taphuan": [
        "Mở {k} lớp tập huấn kỹ năng viết bài, nhận diện thông tin xấu độc cho lực lượng nòng cốt.",
        "Các thành viên tham gia đấu tranh trên không gian mạng được bồi dưỡng nghiệp vụ, hướng dẫn cách phản bác và bảo mật tài khoản.",
    ],
    "R_khenthuong": [
        "Biểu dương {k} tập thể và {n} cá nhân làm tốt nhiệm vụ bảo vệ nền tảng tư tưởng của Đảng trong năm.",
        "Ban Thường vụ đã tặng giấy khen cho những cộng tác viên hoạt động tích cực, hiệu quả trên không gian mạng trong năm.",
    ],
}
RESULTS_DISTRACT: dict[str, list[str]] = {
    "RD_quangba": [
        "Fanpage của {unit} đăng {n} video quảng bá danh lam thắng cảnh, lễ hội truyền thống để thu hút khách du lịch.",
        "Giới thiệu sản phẩm OCOP, đặc sản địa phương qua nhóm Zalo và trang mạng xã hội của các hợp tác xã.",
        "Nhiều bài viết chia sẻ trên mạng về mùa hoa, điểm đến mới đã góp phần tăng lượt khách tham quan.",
    ],
    "RD_luadao": [
        "Công an tuyên truyền phòng ngừa lừa đảo qua mạng trên các nhóm Zalo thôn, tổ dân phố.",
        "Người dân được cảnh báo kịp thời các thủ đoạn giả danh cơ quan nhà nước gọi điện, nhắn tin chiếm đoạt tài sản.",
        "Đã ngăn chặn {k} vụ lừa đảo chiếm đoạt tài sản trên không gian mạng, trả lại tiền cho người bị hại.",
    ],
    "RD_ketnap": [
        "Kết nạp {k} đảng viên mới, chủ yếu là đoàn viên thanh niên và người lao động ở doanh nghiệp.",
        "Công tác phát triển đảng viên đạt {p}% chỉ tiêu, chi bộ nào cũng có quần chúng ưu tú đang được bồi dưỡng.",
    ],
}

LIMITATIONS: dict[str, list[str]] = {
    "L_thudong": [
        "Hoạt động của lực lượng nòng cốt chưa đều, một số thành viên chỉ chia sẻ lại bài viết, ít tự viết bài hay tham gia bình luận.",
        "Nhiều cộng tác viên còn thụ động, chờ được giao nhiệm vụ mới đăng tin, tính chủ động, tiến công chưa cao.",
        "Số tin bài do lực lượng nòng cốt tự sản xuất còn ít, lượt tương tác trên các trang thấp, sức lan tỏa hạn chế.",
        "Có thành viên tham gia đấu tranh trên mạng chỉ có tên trong danh sách, tài khoản gần như không hoạt động.",
    ],
    "L_kynang": [
        "Kỹ năng sử dụng mạng xã hội và khả năng viết bài phản bác của đội ngũ làm công tác này còn hạn chế.",
        "Phần lớn thành viên là cán bộ kiêm nhiệm, chưa được đào tạo chuyên sâu nên lúng túng khi nhận diện và đấu tranh với quan điểm sai trái.",
        "Trình độ lý luận, hiểu biết pháp luật của một số cộng tác viên chưa đáp ứng yêu cầu, bài viết còn chung chung, thiếu sức thuyết phục.",
        "Cán bộ cơ sở, nhất là người lớn tuổi, chưa thành thạo công nghệ nên khó tham gia đấu tranh trên không gian mạng.",
    ],
    "L_kinhphi": [
        "Chưa có kinh phí bảo đảm hoạt động và chế độ hỗ trợ cho lực lượng nòng cốt, cộng tác viên.",
        "Các thành viên tham gia hoàn toàn tự nguyện, không được hưởng phụ cấp, bồi dưỡng nên khó giữ được sự nhiệt tình lâu dài.",
        "Nguồn kinh phí dành cho công tác bảo vệ nền tảng tư tưởng của Đảng rất hạn hẹp, chưa có định mức chi cụ thể.",
        "Cả năm chỉ bố trí được khoảng {n} triệu đồng cho Ban Chỉ đạo 35, không đủ để tập huấn, mua tài liệu và khen thưởng.",
    ],
    "L_nhanthuc": [
        "Không phải cán bộ, đảng viên nào cũng hiểu đúng trách nhiệm bảo vệ nền tảng tư tưởng; có người vẫn xem đó là phần việc của cơ quan tuyên giáo.",
        "Ở một vài đảng bộ, chi bộ cơ sở, cấp ủy còn xem nhẹ công tác này, chỉ đạo chung chung, ít kiểm tra, đôn đốc.",
        "Không ít đảng viên ngại va chạm, e dè khi phải đấu tranh với quan điểm sai trái, còn tâm lý mũ ni che tai.",
    ],
    "L_tinxau": [
        "Các thế lực thù địch lợi dụng mạng xã hội tung tin giả, xuyên tạc với thủ đoạn ngày càng tinh vi, khó phát hiện.",
        "Thông tin xấu độc lan truyền rất nhanh, nhiều tài khoản ảo và trang có máy chủ đặt ở nước ngoài nên khó truy vết, ngăn chặn.",
        "Lợi dụng việc sắp xếp tổ chức bộ máy và chuẩn bị đại hội đảng bộ các cấp, các đối tượng tăng cường đăng tải nội dung kích động, chia rẽ.",
    ],
    "L_chamxuly": [
        "Việc phát hiện và xử lý thông tin sai trái ở một số vụ việc còn chậm, để bài viết lan truyền rộng rồi mới vào cuộc.",
        "Phối hợp giữa công an, văn hóa và tuyên giáo trong xử lý các tài khoản vi phạm có lúc chưa kịp thời.",
        "Có vụ việc nhạy cảm phát sinh trên mạng nhưng cơ sở không báo cáo sớm, cấp trên biết qua dư luận nên việc xử lý bị động.",
    ],
    "L_vipham": [
        "Vẫn còn cán bộ, đảng viên bấm thích, chia sẻ, bình luận các thông tin chưa được kiểm chứng trên mạng xã hội.",
        "Một vài đảng viên phát ngôn tùy tiện, đăng nội dung không phù hợp trên trang cá nhân, phải kiểm điểm trước chi bộ.",
        "Có {k} trường hợp cán bộ, đảng viên vi phạm quy định về đăng, chia sẻ thông tin trên không gian mạng.",
    ],
    "L_hoctap": [
        "Ở không ít chi bộ, học nghị quyết vẫn nặng hình thức, chủ yếu đọc lại văn bản, chưa liên hệ với thực tiễn.",
        "Tỷ lệ đảng viên dự học nghị quyết ở các chi bộ thôn chưa cao, nhiều người đi làm ăn xa vắng mặt.",
        "Sinh hoạt chuyên đề về lý luận chính trị chất lượng còn thấp, nội dung khô cứng, thiếu sức hấp dẫn.",
    ],
    "L_fanpage": [
        "Các trang fanpage, nhóm Zalo của cơ sở còn ít người theo dõi, nội dung đơn điệu, cập nhật thưa.",
        "Một số trang thông tin của xã lập ra nhưng bỏ trống nhiều tháng, không có người quản trị thường xuyên.",
    ],
    "L_thietbi": [
        "Trang thiết bị phục vụ công tác còn thiếu, cộng tác viên phải dùng điện thoại và dữ liệu di động cá nhân.",
        "Máy tính, đường truyền của cơ quan thường trực Ban Chỉ đạo đã cũ, chậm, chưa có phần mềm theo dõi thông tin trên mạng.",
    ],
}
LIMITATIONS_DISTRACT: dict[str, list[str]] = {
    "LD_luadao": [
        "Lừa đảo qua mạng để chiếm đoạt tài sản diễn biến phức tạp, nhiều người dân bị mất tiền.",
        "Các đối tượng dùng thủ đoạn tinh vi, mạo danh cơ quan công an, nhân viên ngân hàng để lừa đảo qua mạng xã hội.",
        "Số vụ lừa đảo đầu tư tài chính, tuyển cộng tác viên việc làm online tăng so với năm trước.",
    ],
    "LD_dangvien": [
        "Công tác phát triển đảng viên ở khu vực nông thôn gặp khó vì phần lớn thanh niên đi làm ăn xa.",
        "Nguồn kết nạp đảng viên tại doanh nghiệp ngoài nhà nước còn ít, {k} chi bộ không kết nạp được đảng viên mới trong năm.",
    ],
}

SOLUTIONS: dict[str, list[str]] = {
    "S_chatluong": [
        "Làm cho lực lượng nòng cốt hoạt động hiệu quả hơn, chú trọng tự viết tin bài và tăng lượt tương tác trên mạng xã hội.",
        "Tiếp tục đẩy mạnh thông tin tích cực, lấy tích cực đẩy lùi tiêu cực trên không gian mạng.",
        "Giao chỉ tiêu đăng, chia sẻ tin bài cụ thể cho từng thành viên lực lượng nòng cốt và đánh giá kết quả hằng tháng.",
        "Phát huy vai trò cộng tác viên trong việc lan tỏa thông tin chính thống, chủ động đưa tin trước khi thông tin xấu xuất hiện.",
    ],
    "S_boiduong": [
        "Tổ chức tập huấn, bồi dưỡng kỹ năng nhận diện, phản bác quan điểm sai trái cho lực lượng nòng cốt và cộng tác viên.",
        "Mời báo cáo viên cấp tỉnh, chuyên gia an ninh mạng về hướng dẫn cách viết bài, xử lý tình huống trên mạng xã hội.",
        "Thường xuyên bồi dưỡng nghiệp vụ cho đội ngũ tham gia đấu tranh trên không gian mạng, ưu tiên đoàn viên trẻ có trình độ.",
    ],
    "S_phathien": [
        "Chủ động nắm bắt dư luận xã hội, phát hiện sớm và xử lý kịp thời các thông tin sai trái, không để bị động, bất ngờ.",
        "Phối hợp chặt chẽ với công an rà soát, xác minh các tài khoản phát tán tin giả và xử lý nghiêm theo pháp luật.",
        "Theo dõi sát các trang, nhóm mạng xã hội mà người dân địa phương hay tham gia để sớm phát hiện bài viết sai sự thật và có phương án xử lý.",
    ],
    "S_neguong": [
        "Tiếp tục thực hiện nghiêm quy định về nêu gương, cán bộ giữ chức vụ càng cao càng phải gương mẫu.",
        "Mỗi cán bộ, đảng viên phải gương mẫu trong lời nói, việc làm, thực hiện nghiêm những điều đảng viên không được làm.",
        "Người đứng đầu các cấp nói đi đôi với làm, làm trước để cán bộ, đảng viên và nhân dân noi theo.",
    ],
    "S_hoctap": [
        "Đổi mới cách học tập, quán triệt nghị quyết, gắn với xây dựng chương trình hành động sát tình hình địa phương.",
        "Nâng cao chất lượng sinh hoạt chi bộ, dành thời lượng cho chuyên đề lý luận chính trị và bảo vệ nền tảng tư tưởng.",
        "Tăng cường học tập lý luận chính trị cho đảng viên, nhất là đảng viên trẻ, bằng hình thức trực tuyến và tài liệu ngắn gọn, dễ hiểu.",
    ],
    "S_kinhphi": [
        "Kiến nghị tỉnh bố trí kinh phí và ban hành chế độ hỗ trợ cho lực lượng nòng cốt, cộng tác viên trên không gian mạng.",
        "Đề nghị có cơ chế bồi dưỡng, khen thưởng bằng vật chất để động viên những người tham gia đấu tranh thường xuyên.",
        "Cân đối ngân sách địa phương để chi cho hoạt động của Ban Chỉ đạo 35, nhất là tập huấn và mua sắm thiết bị.",
    ],
    "S_fanpage": [
        "Duy trì và phát triển các trang fanpage, nhóm Zalo của chi bộ, đoàn thể, cập nhật nội dung thường xuyên để thu hút người dân theo dõi.",
        "Mỗi xã có ít nhất một trang thông tin trên mạng xã hội được xác thực, giao người quản trị cụ thể.",
    ],
    "S_chinhluan": [
        "Tiếp tục hưởng ứng Cuộc thi viết chính luận về bảo vệ nền tảng tư tưởng của Đảng năm 2026, phấn đấu có tác phẩm đạt giải.",
        "Khuyến khích cán bộ, giáo viên, đoàn viên viết bài dự thi chính luận, coi đây là dịp rèn kỹ năng đấu tranh bằng lý lẽ.",
    ],
    "S_baochi": [
        "Phối hợp với các cơ quan báo chí tăng thời lượng đưa tin về điển hình tiên tiến, thành tựu của địa phương.",
        "Nâng cao chất lượng chương trình phát thanh, truyền hình cơ sở, mở chuyên mục riêng về xây dựng Đảng.",
    ],
    "S_tailieu": [
        "Đề nghị Ban Chỉ đạo 35 tỉnh cung cấp kịp thời tài liệu định hướng và bài mẫu phản bác khi có sự kiện nhạy cảm.",
        "Mong cấp trên sớm gửi thông tin định hướng về cơ sở để lực lượng nòng cốt có căn cứ đăng bài.",
    ],
}
SOLUTIONS_DISTRACT: dict[str, list[str]] = {
    "SD_luadao": [
        "Tuyên truyền cho người dân, nhất là người cao tuổi, nhận biết các chiêu trò lừa đảo qua mạng để tránh mất tiền.",
        "Khuyến cáo nhân dân không cung cấp mã OTP, không bấm vào đường link lạ nhận qua tin nhắn.",
    ],
    "SD_quangba": [
        "Dùng trang fanpage của {unit} để quảng bá du lịch cộng đồng và đặc sản địa phương.",
        "Hỗ trợ hợp tác xã livestream bán nông sản trên mạng xã hội.",
        "Đăng tải video giới thiệu lễ hội, làng nghề truyền thống để thu hút du khách.",
    ],
}

SINGLETONS: dict[str, list[str]] = {
    "results": [
        "Tổ chức hội nghị báo cáo viên định kỳ hằng tháng, cung cấp thông tin thời sự cho cán bộ chủ chốt.",
        "Biên soạn cuốn sổ tay hỏi - đáp về Nghị quyết 35 phát cho các chi bộ.",
        "Thư viện mở góc sách chuyên đề về chủ quyền biển, đảo và lịch sử Đảng bộ địa phương.",
        "Tổ chức cho học sinh trung học phổ thông tham quan di tích lịch sử cách mạng của tỉnh.",
        "Hoàn thành biên soạn lịch sử Đảng bộ xã giai đoạn 1945 - 2025.",
        "Đoàn Thanh niên tổ chức diễn đàn về văn hóa ứng xử của người trẻ, gần ba trăm đoàn viên tham dự.",
        "Tọa đàm kỷ niệm 95 năm Ngày truyền thống ngành Tuyên giáo được tổ chức trang trọng.",
        "Số hóa toàn bộ tư liệu, hình ảnh về các đồng chí lão thành cách mạng của địa phương.",
        "Phối hợp với Hội Cựu chiến binh kể chuyện truyền thống cho thiếu nhi trong dịp hè.",
        "Mặt trận Tổ quốc vận động đông đảo nhân dân góp ý vào dự thảo sửa đổi, bổ sung Hiến pháp năm 2013.",
        "Chức sắc các tôn giáo trên địa bàn ký cam kết không để kẻ xấu lợi dụng sinh hoạt tôn giáo.",
        "Các điểm di tích cách mạng đều có bảng giới thiệu kèm mã QR để khách tham quan tra cứu.",
        "Triển lãm ảnh về 50 năm giải phóng miền Nam, thống nhất đất nước thu hút đông người xem.",
        "Hội thi hát ca khúc cách mạng giữa các chi bộ khối cơ quan diễn ra sôi nổi.",
    ],
    "limitations": [
        "Phòng họp trực tuyến của xã sau sáp nhập chưa lắp đặt xong, một số hội nghị phải tổ chức ở hội trường tạm.",
        "Một số di tích lịch sử cách mạng xuống cấp nhưng chưa được trùng tu.",
        "Đội ngũ báo cáo viên cấp xã thay đổi nhiều sau sắp xếp, chưa được công nhận lại.",
        "Sách lịch sử Đảng bộ huyện in từ năm 2010, đến nay chưa được tái bản, bổ sung.",
        "Tình trạng khiếu kiện đông người về đất đai vẫn còn xảy ra ở một thôn.",
        "Hoạt động truyền đạo trái phép ở vùng đồng bào dân tộc thiểu số chưa được ngăn chặn triệt để.",
        "Loa truyền thanh ở một số thôn hư hỏng, tiếng nhỏ, người dân không nghe rõ.",
        "Một số chi bộ ghép sau khi sáp nhập thôn có quá đông đảng viên, khó bố trí địa điểm sinh hoạt.",
        "Trang thông tin điện tử của địa phương từng bị tấn công, thay đổi giao diện trong hai ngày.",
        "Tủ sách của thư viện xã thiếu sách chính trị, sách pháp luật mới xuất bản.",
        "Hồ sơ, văn bản của Ban Chỉ đạo lưu trữ chưa khoa học, khó tra cứu.",
        "Một bộ phận thanh niên mải mê trò chơi trực tuyến, ít quan tâm đến các vấn đề chính trị - xã hội.",
        "Việc quy hoạch lại khu đất quanh một cơ sở thờ tự chưa nhận được sự đồng tình của chức sắc.",
    ],
    "solutions": [
        "Tu bổ nhà bia ghi danh liệt sĩ của xã trước Ngày Thương binh - Liệt sĩ.",
        "Tái bản sách lịch sử Đảng bộ huyện, bổ sung giai đoạn gần đây.",
        "Xây dựng tủ sách chính trị tại mỗi nhà văn hóa thôn.",
        "Đưa nội dung giáo dục truyền thống địa phương vào giờ chào cờ ở các trường học.",
        "Sửa chữa hệ thống loa truyền thanh ở các thôn xa trung tâm.",
        "Giải quyết dứt điểm đơn thư khiếu nại về đất đai kéo dài, không để phát sinh điểm nóng.",
        "Tăng cường quản lý các điểm nhóm tôn giáo chưa đăng ký hoạt động.",
        "Nâng cấp bảo mật cho trang thông tin điện tử, sao lưu dữ liệu định kỳ.",
        "Tổ chức cho đảng viên mới về thăm khu di tích nơi thành lập chi bộ đầu tiên của tỉnh.",
        "Sắp xếp lại hồ sơ, lưu trữ điện tử các văn bản của Ban Chỉ đạo.",
        "Tổ chức diễn đàn đối thoại giữa lãnh đạo địa phương với thanh niên.",
        "Đặt hàng nhà văn địa phương viết truyện ký về các anh hùng lực lượng vũ trang của tỉnh.",
        "Bố trí phòng đọc để cán bộ nghiên cứu tài liệu ngay tại trụ sở cơ quan.",
    ],
}

PREVALENCE: dict[str, int] = {
    **dict(zip(RESULTS, (20, 17, 16, 14, 13, 11, 10, 9, 8, 7, 6, 5, 4, 2))),
    **dict(zip(LIMITATIONS, (19, 17, 15, 14, 12, 10, 8, 6, 4, 3))),
    **dict(zip(SOLUTIONS, (20, 16, 14, 12, 10, 8, 6, 4, 3, 2))),
    "RD_quangba": 3,
    "RD_luadao": 3,
    "RD_ketnap": 2,
    "LD_luadao": 3,
    "LD_dangvien": 2,
    "SD_luadao": 2,
    "SD_quangba": 3,
}

DISTRICTS = [
    "huyện Kỳ Phương",
    "huyện Lãng Thủy",
    "huyện Đoài Sơn",
    "thành phố Thạch Phong",
    "huyện Vụ Bản Tây",
    "thị xã Hàm Long Bắc",
    "huyện Tiên Yên Thượng",
]
COMMUNE_STEMS = [
    "Tả Phìn",
    "Nghi Xuân Hạ",
    "Sơn Dương Bắc",
    "Hoằng Lộc",
    "Phù Ninh Tây",
    "Quang Lang",
    "Bắc Lệnh",
    "Võ Nhai Thượng",
    "Trực Ninh",
    "Khoái Châu Hạ",
    "Tân Kỳ Nam",
    "Nà Sản",
    "Mường Lát Thượng",
    "Hải Lựu",
    "Cổ Loa Đông",
    "Đức Thọ Hạ",
    "Thanh Chương Bắc",
    "Lục Ngạn Tây",
    "Phú Xuyên Hạ",
    "Kinh Môn",
    "Yên Dũng Thượng",
    "Bảo Yên",
    "Ea Tam",
    "Đắk Sơn",
    "Cù Vân",
    "Khổng Lào",
    "Hòa Tiến Bắc",
    "Vinh Quang Hạ",
    "Thụy Hương",
    "La Phù",
    "Chi Lăng Nam",
    "Quan Hóa",
    "Bản Phố",
    "Phong Hải",
    "Tràng Định Thượng",
]

PROGRAMME = Programme(
    part_themes={
        "results": {**RESULTS, **RESULTS_DISTRACT},
        "limitations": {**LIMITATIONS, **LIMITATIONS_DISTRACT},
        "solutions": {**SOLUTIONS, **SOLUTIONS_DISTRACT},
    },
    prevalence=PREVALENCE,
    singletons=SINGLETONS,
    districts=DISTRICTS,
    commune_stems=COMMUNE_STEMS,
    openings=[
        "Thực hiện Công văn số {k}-CV/BCĐ35 ngày 24/11/2025 của Ban Chỉ đạo 35 tỉnh Thạch Phong về việc báo cáo kết quả công tác bảo vệ nền tảng tư tưởng của Đảng năm 2025, {unit} báo cáo như sau:",
        "Căn cứ Kế hoạch số {tr}-KH/BCĐ ngày 08/01/2025 về bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch năm 2025, {unit} báo cáo kết quả thực hiện như sau:",
        "Thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới, {unit} tổng kết công tác năm 2025 như sau:",
    ],
    headings={
        "results": [
            "I. KẾT QUẢ THỰC HIỆN",
            "I. KẾT QUẢ CÔNG TÁC BẢO VỆ NỀN TẢNG TƯ TƯỞNG CỦA ĐẢNG NĂM 2025",
            "I. TÌNH HÌNH VÀ KẾT QUẢ TRIỂN KHAI",
        ],
        "limitations": [
            "II. HẠN CHẾ, KHÓ KHĂN",
            "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
            "II. NHỮNG MẶT CÒN HẠN CHẾ",
        ],
        "solutions": ["III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026", "III. NHIỆM VỤ, GIẢI PHÁP VÀ KIẾN NGHỊ"],
    },
    subheads={
        "results": [
            "1. Công tác lãnh đạo, chỉ đạo",
            "2. Kết quả đấu tranh trên không gian mạng",
            "3. Công tác giáo dục chính trị, tư tưởng",
        ],
        "limitations": ["1. Hạn chế", "2. Nguyên nhân"],
        "solutions": ["1. Nhiệm vụ trọng tâm năm 2026", "2. Đề xuất, kiến nghị"],
    },
    leads={
        "results": ["", "", "", "Trong năm, ", "Cùng với đó, ", "Bên cạnh đó, ", "Nổi bật, "],
        "limitations": ["", "", "", "Tuy nhiên, ", "Bên cạnh đó, ", "Ngoài ra, "],
        "solutions": ["", "", "", "Năm 2026, ", "Trong thời gian tới, ", "Đồng thời, "],
    },
    title="Kết quả công tác bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch năm 2025 và phương hướng năm 2026",
    date="ngày {d} tháng 12 năm 2025",
    closing="Trên đây là báo cáo kết quả công tác bảo vệ nền tảng tư tưởng của Đảng năm 2025 của {unit}.",
    recipients="Nơi nhận: Ban Chỉ đạo 35 tỉnh; Ban Tuyên giáo và Dân vận Tỉnh ủy; Lưu: VT.",
    placeholder="(Phụ lục số liệu kèm theo)",
    proper=(
        "Ủy ban",
        "Ban ",
        "Công an",
        "Thường trực",
        "Trung tâm",
        "Mặt trận",
        "Đoàn Thanh niên",
        "Nghị quyết",
        "Sở",
        "Ngành",
    ),
)


def main() -> None:
    write_reports(OUT, N_REPORTS, SEED, PROGRAMME)


if __name__ == "__main__":
    main()
